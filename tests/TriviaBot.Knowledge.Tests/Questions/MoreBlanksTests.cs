using TriviaBot.Knowledge.Ingestion;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Sentences the generator used to pass over, asked now without a defect: a long sentence's clauses, "Mr Spector"
/// named in full, "The band…" when the headline says which, time adverbials taken out, abstract "the …" phrases
/// (coverage work, 2026-11-25).
public sealed class MoreBlanksTests
{
    private static Draft Blank(string prompt, string answer, AnswerType type) => TestDrafts.Blank(prompt, answer, type);

    [Fact]
    public void Generate_TitleAndSurname_NamedInFull()
    {
        var drafts = OneArticle.Drafts(
            "Producer faces more legal action",
            "Music producer Phil Spector is facing legal action.",
            "Donna Clarkson, whose daughter was found dead in Mr Spector's home in February 2003, is seeking damages in a civil action.",
            "Ms Clarkson filed the action in Los Angeles.");

        var d = Assert.Single(drafts, d => d.Answer == "Donna Clarkson" && d.Prompt.Contains("February", StringComparison.Ordinal));
        Assert.Contains("found dead in Phil Spector's home in February 2003", d.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Mr ", d.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_TwoPeopleShareTheSurname_TitleKept()
    {
        var drafts = OneArticle.Drafts(
            "Family feud reaches court",
            "Singer Tom Jones and his cousin Stuart Jones met in court.",
            "The court heard that Mr Jones sold the rights to a record label based in Cardiff for a small sum.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Tom Jones sold", StringComparison.Ordinal) || d.Prompt.Contains("Stuart Jones sold", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_LongSentence_EachClauseAskedAlone()
    {
        var drafts = OneArticle.Drafts(
            "Festival unveils its line-up",
            "Singer Beverley Knight will headline the opening night of the festival in Birmingham in the summer; "
            + "the organisers said that veteran soul singer James Brown would close the festival with a two-hour show on the main stage.");

        var d = Assert.Single(drafts, d => d.Answer == "Birmingham");
        Assert.EndsWith("Singer Beverley Knight will headline the opening night of the festival in _____ in the summer.", d.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ClauseWithoutItsOwnSubject_NotAsked()
    {
        var drafts = OneArticle.Drafts(
            "Actress wins stage award",
            "Actress Pam Ferris was praised by the critics for her performance at the Royal Court Theatre in London last spring"
            + " - has made the shortlist for her role in Notes on Falling Leaves, which the judges called a triumph of the season.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Has made the shortlist", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TheBandWhenTheHeadlineSaysWhich_Asked()
    {
        var drafts = OneArticle.Drafts("Rock band U2 break ticket record", "The band will play 24 European gigs, finishing in Lisbon in August.");

        var d = Assert.Single(drafts, d => d.Answer == "Lisbon");
        Assert.Equal("In the story “Rock band U2 break ticket record”, fill in the blank: The band will play 24 European gigs, finishing in _____ in August.", d.Prompt);
    }

    [Fact]
    public void Generate_TheBandWithNothingToSayWhich_NotAsked()
    {
        var drafts = OneArticle.Drafts("Ticket record broken", "The band will play 24 European gigs, finishing in Lisbon in August.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Lisbon");
    }

    [Fact]
    public void Generate_DayOfTheWeek_TakenOut()
    {
        var drafts = OneArticle.Drafts(
            "Singer held after concert fight",
            "Former Stone Roses singer Ian Brown was arrested after a fight during a concert in San Francisco on Tuesday, his spokesman has said.");

        var d = Assert.Single(drafts, d => d.Answer == "Ian Brown");
        Assert.EndsWith("Former Stone Roses singer _____ was arrested after a fight during a concert in San Francisco, his spokesman has said.", d.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_DescribingWordBeforeAName_NotPartOfTheAnswer()
    {
        var drafts = OneArticle.Drafts(
            "Joy Division story to become film",
            "The life of singer Ian Curtis is to be made into a film directed by Dutch-born Anton Corbijn, who has made videos for U2.");

        Assert.DoesNotContain(drafts, d => d.Answer.Contains("Dutch-born", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_QuotedNickname_NotBlanked()
    {
        var drafts = OneArticle.Drafts(
            "Soap death seen by millions",
            "More than 14 million people saw \"Dirty\" Den Watts killed off in the BBC One soap EastEnders in February.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Dirty");
    }

    private static KnowledgeBase Build(params (string Title, string[] Paragraphs)[] articles) =>
        KnowledgePipeline.Build(new IngestResult(
            articles.Select((x, i) => new Article("a" + i, x.Title, "/corpus/entertainment/" + i + ".txt", x.Paragraphs)).ToList(), []));

    private static (string, string[]) Rapper(string name, string quote) =>
        ($"Rap album tops the chart in {name.Split(' ')[1][0]}-week", [$"Rapper {name} has released a new album.", $"\"{quote},\" said {name}."]);

    [Fact]
    public void Build_OneSpeakerStory_ChoicesAreOtherQuotedPeopleOfTheSameLineOfWork()
    {
        var kb = Build(
            Rapper("Kanye West", "I thank God every single day that I am still here and making music"),
            Rapper("Jay Smith", "We never expected the record to sell so many copies in the first week"),
            Rapper("Tom Banks", "The tour will take us to every city in the country over the summer"),
            Rapper("Dave Miller", "My mother taught me to work harder than anyone else in the room"),
            ("Actor praises director", ["Actor Jude Law has praised his director.", "\"He is a genius who understands every actor on the set,\" said Jude Law."]));

        var q = Assert.Single(kb.Questions, q => q.Kind == QuestionKind.WhoSaid && q.Answer == "Kanye West");
        Assert.True(q.Served);
        Assert.Equal(4, q.Choices.Count);
        Assert.DoesNotContain("Jude Law", q.Choices);
    }

    [Fact]
    public void Build_OneSpeakerOfUnknownLineOfWork_NoChoicesFromOtherStories()
    {
        var kb = Build(
            ("Club plans new stand", ["Club owner Tim Ward has plans for a new stand.", "\"We want the stand to be ready before the start of the next season,\" said Tim Ward."]),
            ("Shop sales grow", ["Sales at the shop grew in the spring.", "\"Our customers keep coming back to us for the friendly service,\" said Jane Holt."]),
            ("Market opens", ["A new market opened in the town.", "\"We hope the market will bring many more visitors to the centre,\" said Paul Grant."]),
            ("Fair comes to town", ["The fair came to town.", "\"Children from all over the county have enjoyed the rides this year,\" said Anne Ross."]));

        Assert.DoesNotContain(kb.Questions, q => q.Kind == QuestionKind.WhoSaid && q.Served);
    }

    [Fact]
    public void Rank_YearBlankAfterIn_AskedWithChoicesNotTyped()
    {
        var kb = Build(("Chart success for album", ["The UK albums market grew by 4.5% in 2004 with a record 174.6 million units sold, according to the BPI."]));

        var q = Assert.Single(kb.Questions, q => q.Answer == "2004");
        Assert.True(q.Served);
        Assert.Equal(QuestionKind.MultipleChoice, q.Kind);
        Assert.Contains(" in _____ with a record", q.Prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fill in the blank: Arthur Dent, played by _____, begins his voyage following the destruction of the Earth.")]
    [InlineData("Fill in the blank: _____ defended her decision to cast an American actress, despite the fact that Vanity Fair is a British story.")]
    [InlineData("Fill in the blank: With the Lights Out marks the 10th anniversary of the album _____.")]
    public void Reject_AbstractNounMadeDefiniteByWhatFollows_NotLeaning(string prompt)
    {
        Assert.Null(QuestionRanker.Reject(Blank(prompt, "Mira Nair", AnswerType.Person)));
    }

    [Theory]
    [InlineData("Fill in the blank: _____ joined the cast of the film after a call from his agent.", "the cast")]
    [InlineData("Fill in the blank: _____ paid tribute to the late star of the show at a dinner in London.", "the late")]
    public void Reject_ReferringNounFollowedByOf_StillLeaning(string prompt, string leaning)
    {
        Assert.Equal("vague: leans on earlier sentences", QuestionRanker.Reject(Blank(prompt, "Mira Nair", AnswerType.Person)));
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt));
    }

    // Blind judge of the new questions (sample Qnew, 40/60): the defects it found, each now rejected.
    [Theory]
    [InlineData("In the story “Rock album poll”, fill in the blank: The top _____ includes Led Zeppelin, Iron Maiden and Sex Pistols.", "5", AnswerType.Number, "an approximate count")]
    [InlineData("Fill in the blank: Robbie Williams' Angels was named the best song of the past _____ years.", "25", AnswerType.Number, "an approximate count")]
    [InlineData("Fill in the blank: The Smoking Gun website publication was \"beyond disaster\", _____ said.", "Ann Kite", AnswerType.Person, "vague: a speaker nobody introduced")]
    [InlineData("Fill in the blank: Glamour was brought to the evening by actress _____, supermodel Claudia Schiffer.", "Sienna Miller", AnswerType.Person, "a name blank in a list")]
    [InlineData("Fill in the blank: Jackie Stallone joined the Channel 4 show as a surprise for _____.", "Brigitte Nielsen", AnswerType.Person, "vague: leans on earlier sentences")]
    [InlineData("Who had been the pre-show favourite to be voted out of the house, with bookmakers offering odds of 1/5 on her departure?", "Caprice Bourret", AnswerType.Person, "vague: leans on earlier sentences")]
    [InlineData("Fill in the blank: _____ of the Hollywood Reporter said that Million Dollar Baby was \"heart-wrenching\".", "Anne Thompson", AnswerType.Person, "vague: a speaker nobody introduced")]
    [InlineData("Fill in the blank: _____ felt that Mike Leigh's masterpiece was entitled to the best film award.", "Peter Bradshaw", AnswerType.Person, "vague: a speaker nobody introduced")]
    [InlineData("Who did in no way deserve that mantle?", "Robbie Williams", AnswerType.Person, "vague: leans on earlier sentences")]
    [InlineData("Fill in the blank: The Institute cited the death of actor _____ and the changing landscape of TV news.", "Marlon Brando", AnswerType.Person, "vague: leans on earlier sentences")]
    [InlineData("Fill in the blank: Comedy adventure Son of the Mask, came in at number four, just ahead of Oscar favourite _____ at five.", "Million Dollar Baby", AnswerType.Film, "formatting: a comma between subject and verb")]
    [InlineData("Fill in the blank: _____ won the first Grammy of his career, getting the best traditional pop album award for Stardust...", "Rod Stewart", AnswerType.Person, "formatting: the sentence trails off")]
    [InlineData("Fill in the blank: Sideways, a wine-tasting comedy starring _____, is up for six Independent Spirit Awards.", "Paul Giamatti", AnswerType.Person, "vague: one of several")]
    [InlineData("Fill in the blank: Sideways has been voted best film by critics in New York and has been nominated for a _____.", "Golden Globe", AnswerType.Name, "vague: one of several")]
    [InlineData("Fill in the blank: Rounding out the top ten were In Good Company - starring _____ and Scarlett Johansson - and Racing Stripes.", "Dennis Quaid", AnswerType.Person, "vague: one of several")]
    [InlineData("Who has graduated from the University of East Anglia's creative writing course?", "Susan Fletcher", AnswerType.Person, "vague: one of several")]
    [InlineData("Fill in the blank: The Da Vinci Code is set in _____ - including the Louvre - and has sold a million copies.", "Paris", AnswerType.Place, "obvious: a landmark in the stem names the place")]
    [InlineData("In the story “Pakistani women 'must not hide'”, fill in the blank: The Pakistani president met Prime Minister Tony Blair at 10 Downing Street, on his first official visit to _____.", "London", AnswerType.Place, "obvious: a landmark in the stem names the place")]
    [InlineData("In the story “Oscar nominees lack pulling power”, Titanic took home 11 Oscars in what year?", "1997", AnswerType.Year, "vague: a film award's year is its film's or its ceremony's")]
    [InlineData("Fill in the blank: Conti received an Oscar in _____ for the original score of The Right Stuff.", "1983", AnswerType.Year, "vague: a film award's year is its film's or its ceremony's")]
    [InlineData("Fill in the blank: A special _____ concert, hosted by Eliza Carthy, will take place at The Sage in Gateshead.", "Poll Winners", AnswerType.Name, "vague: a name used as a describing word")]
    [InlineData("Fill in the blank: Rapper Eminem is to play an intimate gig in _____, following a show on the River Thames.", "London", AnswerType.Place, "obvious: a landmark in the stem names the place")]
    [InlineData("Fill in the blank: Rounding out the top five was festive comedy _____ with the Kranks.", "Christmas", AnswerType.Film, "formatting: a blank over part of a title")]
    [InlineData("Fill in the blank: Estelle came in at 39, _____ was 40th and Jamelia took the 44th place.", "Joss Stone", AnswerType.Person, "a name blank in a list")]
    [InlineData("Fill in the blank: Newcomer Ciara has four nominations, while _____ has three.", "Alicia Keys", AnswerType.Person, "a name blank in a list")]
    [InlineData("Fill in the blank: Mira Nair followed _____! with Mississippi Masala, starring Denzel Washington.", "Salaam Bombay", AnswerType.Film, "formatting: a blank over part of a title")]
    public void Reject_JudgedDefect_ReturnsReason(string prompt, string answer, AnswerType type, string reason)
    {
        Assert.Equal(reason, QuestionRanker.Reject(Blank(prompt, answer, type)));
    }

    [Theory]
    [InlineData("Fill in the blank: In 2004, _____ was voted best British male artist.", AnswerType.Person)]
    [InlineData("Fill in the blank: The fire broke out while _____ was filming in Prague.", AnswerType.Person)]
    [InlineData("Fill in the blank: The comedy overtook _____ in the US box office chart.", AnswerType.Film)]
    [InlineData("Fill in the blank: Gaumont will present _____ for the BBC in May.", AnswerType.Film)]
    public void Reject_NotAListNorATitle_Accepted(string prompt, AnswerType type)
    {
        var reason = QuestionRanker.Reject(Blank(prompt, "Kasabian Music", type));

        Assert.NotEqual("a name blank in a list", reason);
        Assert.NotEqual("formatting: a blank over part of a title", reason);
    }

    [Fact]
    public void Reject_PairUnderAHeadlineNamingNominees_NotAList()
    {
        var prompt = PromptLeads.InStory("Stars and nominees gather for Baftas", "Fill in the blank: Little Britain began life on Radio 4, with _____ and Matt Lucas playing misfits.");

        Assert.Null(QuestionRanker.Reject(Blank(prompt, "David Walliams", AnswerType.Person)));
    }

    [Fact]
    public void Reject_QuoteWithACommaBeforeItsVerb_NotAFormattingDefect()
    {
        var d = Blank("In the story “Hoffman hits out”, who said: “What we need now, is a long rest from sequels.”?", "Dustin Hoffman", AnswerType.Speaker);

        Assert.Null(QuestionRanker.Reject(d));
    }

    [Fact]
    public void Reject_HeadlineQuoteClosingAfterAYear_Balanced()
    {
        var prompt = PromptLeads.InStory("Hansen 'delays return until 2006'", "Fill in the blank: Alan Hansen will return to Match of the Day in _____.");

        Assert.NotEqual("unbalanced quotes", QuestionRanker.Reject(Blank(prompt, "2006", AnswerType.Year)));
    }

    [Fact]
    public void Generate_PronounWhoseGenderOnlyThePronounsGave_NotNamed()
    {
        // "She" was Jamelia (one name, not taken for a person); the resolver's "Beenie Man" got his gender from it.
        var drafts = OneArticle.Drafts(
            "Jamelia's return to the top",
            "Jamelia has won best female act at the Mobo awards.",
            "Reggae star Beenie Man was also among the winners on the night.",
            "She racked up five Mobo nominations in 2000, winning one for best video.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Beenie Man racked up", StringComparison.Ordinal));
    }

    [Fact]
    public void Reject_YearOfABroadcastDealAboutTheOscars_NotAnAwardYear()
    {
        var d = Blank(PromptLeads.InStory("Sky takes over Oscar night mantle", "Fill in the blank: Sky first scooped Oscar rights from the BBC in _____."), "1999", AnswerType.Year);

        Assert.NotEqual("vague: a film award's year is its film's or its ceremony's", QuestionRanker.Reject(d));
    }

    [Fact]
    public void Generate_YearOfTwoNamedBySurname_BothNamedInFull()
    {
        var drafts = OneArticle.Drafts(
            "Little Britain two top comic list",
            "Little Britain stars Matt Lucas and David Walliams have been named the most powerful people in TV comedy.",
            "Lucas and Walliams won numerous awards for Little Britain in 2004, including British Comedy awards.");

        Assert.Contains(drafts, d => d.Prompt.Contains("Matt Lucas and David Walliams won numerous awards", StringComparison.Ordinal) && d.Answer == "2004");
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Matt Lucas and Walliams", StringComparison.Ordinal));
    }

    [Fact]
    public void Reject_BlankInAReadersRhetoricalQuestion_Rejected()
    {
        var d = Blank("Fill in the blank: Have Radio 2 listeners even heard of _____?", "Joy Division", AnswerType.Name) with { Source = "Have Radio 2 listeners even heard of Joy Division?" };

        Assert.Equal("does not make sense: a rhetorical question", QuestionRanker.Reject(d));
    }

    [Theory]
    [InlineData("Rap feud in 50")]
    [InlineData("Manics in charge of BBC 6")]
    [InlineData("TV presenter Deeley drops")]
    public void ReadsWhole_HeadlineCutAfterANumberOrVerb_False(string title)
    {
        Assert.False(HeadlineSplitter.ReadsWhole(title));
    }

    [Fact]
    public void ReadsWhole_HeadlineEndingInAYear_True()
    {
        Assert.True(HeadlineSplitter.ReadsWhole("Franz Ferdinand top poll of 2004"));
    }

    [Theory]
    [InlineData("Byrds producer Melcher dies at 62")]
    [InlineData("Muslim group attacks TV drama 24")]
    public void ReadsWhole_NumberThatEndsTheHeadlineItself_True(string title)
    {
        Assert.True(HeadlineSplitter.ReadsWhole(title));
    }

    [Fact]
    public void Generate_HeadlineCutShort_FirstSentenceNotAsked()
    {
        var drafts = OneArticle.Drafts(
            "TV presenter Deeley drops",
            "CD:UK Cat Deeley has resigned as host of ITV1's children's music show CD:UK after six years.",
            "Cat Deeley joined the show in 1998 after presenting a music programme on MTV in London.");

        Assert.DoesNotContain(drafts, d => d.Source.StartsWith("CD:UK", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Answer == "1998");
    }

    [Fact]
    public void Generate_NameEndingTheSentenceWithAnInitial_NotAnAnswer()
    {
        var drafts = OneArticle.Drafts(
            "Controversial film tops festival",
            "The festival included the British film Bullet Boy, starring So Solid Crew rapper Asher D.");

        Assert.DoesNotContain(drafts, d => d.Answer.EndsWith('.'));
    }

    [Fact]
    public void Generate_TitleGoingOnAfterAComma_NotCutInTwo()
    {
        var drafts = OneArticle.Drafts(
            "Van Gogh festival film withdrawn",
            "The festival in Amsterdam opens with the French film The 10th District Court, Moments of Trials made by Raymond Depardon.");

        Assert.DoesNotContain(drafts, d => d.Answer == "The 10th District Court");
    }

    [Fact]
    public void Generate_PostGivenInPassing_AskedAsWhoIs()
    {
        var drafts = OneArticle.Drafts(
            "T in the Park sells out in days",
            "Geoff Ellis, CEO of festival organisers Big Day Out Ltd, said this year's event promised to be the best yet.",
            "Geoff Ellis said the festival had sold out in record time.");

        var d = Assert.Single(drafts, d => d.Generator == "role-who");
        Assert.Equal("In the story “T in the Park sells out in days”, who was the CEO of festival organisers Big Day Out Ltd?", d.Prompt);
        Assert.Equal("Geoff Ellis", d.Answer);
    }

    [Theory]
    [InlineData("Phil Redmond, the now chairman of Mersey TV, said he wanted to buy the channel.")]
    [InlineData("Roderick Lindblom, one of the family's lawyers, said the case would go ahead.")]
    [InlineData("Justin Green, a spokesman for organisers MCD Promoters, said tickets sold fast.")]
    public void Generate_NoDefinitePost_NoWhoIsQuestion(string sentence)
    {
        Assert.DoesNotContain(OneArticle.Drafts("Channel bid by soap creator", sentence, "The deal was announced in Liverpool."), d => d.Generator == "role-who");
    }

    [Fact]
    public void Reject_PostReachedThroughOfThe_NotLeaning()
    {
        Assert.Null(QuestionRanker.Reject(Blank("In the story “TV station refuses adoption show”, who is the president of the National Council for Adoption?", "Thomas Atwood", AnswerType.Person)));
    }

    [Fact]
    public void Generate_SurnameAfterADescribingWord_LinkedSoHerIsNotSomeoneElse()
    {
        var drafts = OneArticle.Drafts(
            "Singer Christina Aguilera to wed",
            "Singer Christina Aguilera is to marry her boyfriend, music executive Jordan Bratman.",
            "\"No wedding plans have been set yet,\" said Aguilera's agent Meghan Prophet.",
            "New York-born Aguilera reached number one in the UK with her debut hit Genie in a Bottle in October 1999.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Meghan Prophet's debut", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Prompt.Contains("New York-born Christina Aguilera reached number _____", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsWhole_TitleCaseHeadlineOfItsOwnLine_True()
    {
        Assert.True(HeadlineSplitter.ReadsWhole("The Story Behind Jim & Pam's First Kiss On 'The Office' Is Ridiculously Cute"));
    }

    // Final blind-judge round (T1, T2): the defects still open that a rule can catch.
    [Fact]
    public void Generate_HisResolvedToAnActress_NotAsked()
    {
        var drafts = OneArticle.Drafts(
            "Hollywood stars mourn Ossie Davis",
            "Friends and family, including actress Ruby Dee his wife of 56 years, gathered at the Riverside Church in New York.",
            "Actress Ruby Dee thanked the crowd in New York.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Ruby Dee" && d.Prompt.Contains(" his wife", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TitleInAnotherLanguageBesideTheBlank_NotAsked()
    {
        var drafts = OneArticle.Drafts(
            "Russian film wins BBC world prize",
            "Russian drama The Return (Vozvrashchenie) has been named winner of the BBC Four World Cinema Award in London.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("_____ (Vozvrashchenie)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reject_ThoughPointingAtAnUnseenSentence_Leaning()
    {
        Assert.Equal("vague: leans on earlier sentences", QuestionRanker.Reject(Blank("Fill in the blank: In _____ though, Stan Lee started a new company entitled POW!", "2001", AnswerType.Year)));
        Assert.Null(QuestionRanker.LeaningWord("Fill in the blank: Stan Lee started a company in _____ even though his venture had failed."));
    }

    [Fact]
    public void Build_FromYearUntilAnotherYear_NoChoiceBeforeTheFirst()
    {
        var kb = Build(("'My memories of Marley'", ["Music publicist Rob Partridge worked with Bob Marley from 1977 until the Jamaican musician's death in 1981.", "Rob Partridge joined Island Records in London."]));

        var questions = kb.Questions.Where(q => q.Answer == "1981" && q.Kind == QuestionKind.MultipleChoice && q.Prompt.Contains("from 1977 until", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(questions);
        Assert.All(questions.SelectMany(q => q.Choices), c => Assert.True(int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) > 1977, c));
    }

    [Theory]
    [InlineData("In the story “Rapper films music video in jail”, fill in the blank: Footage was filmed by _____ crews - one from Court TV and one from a local cable show.", "2", AnswerType.Number, "obvious: the stem lists what it counts")]
    [InlineData("In the story “Indie film nominations announced”, fill in the blank: The _____ winner faces stiff competition from Dead Man's Shoes.", "Venice", AnswerType.Place, "vague: a place used as a describing word")]
    [InlineData("In the story “South Bank Awards honour hit soap”, fill in the blank: The soap beat fellow ITV1 show _____ to win the best TV drama prize.", "Filthy Love and Channel 4's Shameless", AnswerType.Name, "a blank over two names")]
    [InlineData("In the story “Top gig award”, fill in the blank: The Who and David Bowie both earned places on the list, at number _____ and 10 respectively.", "8", AnswerType.Position, "vague: leans on earlier sentences")]
    public void Reject_FinalRoundDefect_ReturnsReason(string prompt, string answer, AnswerType type, string reason)
    {
        Assert.Equal(reason, QuestionRanker.Reject(Blank(prompt, answer, type)));
    }

    [Fact]
    public void Build_RoundCount_ChoicesAreRoundToo()
    {
        var kb = Build(("No jail for singer Courtney Love", ["Singer Courtney Love must do 100 hours community service and attend a drug treatment programme in Los Angeles."]));

        var q = Assert.Single(kb.Questions, q => q.Answer == "100");
        Assert.All(q.Choices, c => Assert.Equal(0, int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) % 50));
    }

    // Code review of the change: each case the reviewer found.
    [Fact]
    public void Build_YearInOtherDigits_NoCrash()
    {
        var kb = Build(("Rock legends toured from 19٨٠ to 2004 across Europe", ["The band toured from 19٨٠ to 2004 across Europe, playing to 200,000 fans in London in ١٩٩٩."]));

        Assert.NotNull(kb);
    }

    [Fact]
    public void Generate_SoFar_NotTakenForAConjunction()
    {
        var drafts = OneArticle.Drafts("Fockers top the chart", "So far the comedy Meet the Fockers has taken $200m at the North American box office.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Far the comedy", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_IndefinitePost_NoWhoWasQuestion()
    {
        var drafts = OneArticle.Drafts(
            "Festival line-up unveiled",
            "Geoff Ellis, a director of festival organisers DF Concerts, said the line-up was the best yet.",
            "Geoff Ellis said tickets would go on sale in March.");

        Assert.DoesNotContain(drafts, d => d.Generator == "role-who");
    }

    [Theory]
    [InlineData("Fill in the blank: The album sold _____ copies, making it the fastest-selling debut of the year and the biggest seller.", "2")]
    [InlineData("Fill in the blank: The band won _____ awards at the ceremony in London and Glasgow.", "3")]
    public void Reject_CountThatListsNothing_NotObvious(string prompt, string answer)
    {
        Assert.NotEqual("obvious: the stem lists what it counts", QuestionRanker.Reject(Blank(prompt, answer, AnswerType.Number)));
    }

    [Fact]
    public void Reject_NameFollowedByAPreposition_NotADescribingWord()
    {
        Assert.NotEqual("vague: a name used as a describing word", QuestionRanker.Reject(Blank("In the story “Foxx triumphs”, fill in the blank: Jamie Foxx won an _____ for best actor in Ray.", "Academy Award", AnswerType.Name)));
    }

    [Fact]
    public void LeaningWord_EvenThoughOpeningTheStem_NotLeaning()
    {
        Assert.Null(QuestionRanker.LeaningWord("Even though sales fell, _____ kept touring with the band Oasis."));
    }

    [Fact]
    public void Build_AnswerBeforeTheFromYear_StillGetsEarlierChoices()
    {
        var kb = Build(("Band history recalled", ["Singer Tom Banks joined the band Oasis in 1975 and toured with them from 1980 until 1995 across Europe."]));

        Assert.All(kb.Questions.Where(q => q.Answer == "1975" && q.Kind == QuestionKind.MultipleChoice), q => Assert.Contains(q.Choices, c => string.CompareOrdinal(c, "1975") < 0));
    }
}
