using TriviaBot.Knowledge.Questions;
using TriviaBot.Knowledge.Tests.Ingestion;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Coverage and fairness work, 2026-12-07 thirteenth session: a story's lead sentence asked without its headline,
/// "that" clauses the story does not tell as fact, and a family's name in the stem.
public sealed class CoverageRoundNineTests
{
    private const string Headline = "Elton plays Paris charity concert";
    private const string Lead = "Sir Elton John has performed at a special concert in Paris to raise money for the victims of the Asian tsunami.";

    [Fact]
    public void LeadSentence_ServedWithoutAHeadline_WhenTheHeadlineGivesTheAnswerAway()
    {
        // A news story's first sentence is written to stand alone; the headline names the answer, so it can't be shown.
        var kb = OneArticle.Build(Headline, Lead, "The singer played for more than two hours.");

        Assert.Contains(kb.Served, q => q.Answer == "Elton John" && q.Prompt == "Fill in the blank: Sir _____ has performed at a special concert in Paris to raise money for the victims of the Asian tsunami.");
    }

    [Fact]
    public void LaterSentence_StillNeedsItsHeadline()
    {
        // The same sentence after another is told inside a story the player never saw: no headline, not served.
        var kb = OneArticle.Build(Headline, "Tickets for the show sold out within an hour.", Lead);

        Assert.DoesNotContain(kb.Served, q => q.Answer == "Elton John");
    }

    [Theory]
    [InlineData("Frank Arnesen has denied that coach Jacques Santini resigned because of a clash of personalities at White Hart Lane.")]
    [InlineData("There have been suggestions that Arsene Wenger will swoop for a high-quality shot-stopper in the New Year.")]
    [InlineData("Recent rumours have suggested that Charlie Simpson has been wanting to quit the band to focus on Fightstar.")]
    [InlineData("But Larne boss Jimmy McGeough has yet to confirm that Robbie Weir is on his way from Inver Park.")]
    public void ThatClause_OfADenialRumourOrHope_IsNoFactToAskWhoAbout(string sentence)
    {
        var drafts = OneArticle.Drafts("Story", sentence);

        Assert.DoesNotContain(drafts, d => d.Generator == "subject-who" && d.Answer is "Jacques Santini" or "Arsene Wenger" or "Charlie Simpson" or "Robbie Weir");
    }

    [Fact]
    public void ThatClause_OfAReport_IsStillAsked()
    {
        var drafts = OneArticle.Drafts(
            "Busted to take a break",
            "A statement from the record company said that frontman Charlie Simpson planned to spend some time working with his other band, Fightstar.");

        Assert.Contains(drafts, d => d.Generator == "subject-who" && d.Answer == "Charlie Simpson");
    }

    [Theory]
    [InlineData("Fill in the blank: Rock star _____ has said his family will not make any more episodes of reality TV show The Osbournes.", "Ozzy Osbourne", AnswerType.Person)]
    [InlineData("Fill in the blank: Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show _____.", "The Osbournes", AnswerType.Show)]
    public void FamilysNameInTheStem_GivesTheMemberAway(string prompt, string answer, AnswerType type)
    {
        Assert.Equal("answer word in stem", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, type)));
    }

    [Fact]
    public void ShortPluralTitle_NotTakenForAFamilysName()
    {
        // "News" is no family: "new" in the stem gives nothing away (only words of six letters or more count).
        Assert.Null(QuestionRanker.Reject(TestDrafts.Blank(
            "In the story “Channel launches new bulletin”, fill in the blank: The channel's new bulletin, Five _____, will run for an hour each evening.", "News", AnswerType.Show)));
    }

    [Fact]
    public void CapitalOfASmallerCountry_IsAPlaceToAsk()
    {
        var drafts = OneArticle.Drafts(
            "Uganda bans Vagina Monologues",
            "Uganda's authorities have banned the play The Vagina Monologues, due to open in the capital, Kampala this weekend.");

        Assert.Contains(drafts, d => d.Answer == "Kampala" && d.Type == AnswerType.Place);
    }

    [Theory]
    [InlineData("Fill in the blank: _____ has withdrawn $1bn in assets from the US, the Libyan central bank has said.", "Libya")]
    [InlineData("Fill in the blank: Gordon Brown visited slums in the Kenyan capital _____.", "Nairobi")]
    // A city's country, and a country's city, name it too.
    [InlineData("In the story “MP attacked by muggers in Kenya”, fill in the blank: Quentin Davies was attacked in a park in the capital, _____.", "Nairobi")]
    [InlineData("In the story “Fast lifts rise into record books”, fill in the blank: The lifts whisk passengers to the top of the tower in Taipei, _____.", "Taiwan")]
    public void NewPlaces_TheirNationalityGivesThemAway(string prompt, string answer)
    {
        Assert.Equal("obvious: the place's nationality or currency is in the question", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Place)));
    }

    [Theory]
    [InlineData("Arthur Hailey emigrated to Canada in 1947, where he eventually became a citizen.", true)]
    [InlineData("Arthur Hailey emigrated to Canada as a young man, where he eventually became a citizen.", false)]
    public void LaterSentence_DatedByAYear_StandsWithoutAHeadline(string sentence, bool served)
    {
        // The headline names him and no role can stand in for the name: only a fact its year dates is asked bare.
        var kb = OneArticle.Build("Obituary: Arthur Hailey", "Tributes have been paid to one of the best-selling writers of his day.", sentence);

        Assert.Equal(served, kb.Served.Any(q => q.Answer == "Arthur Hailey" && !PromptLeads.HasStory(q.Prompt) && q.Prompt.Contains("emigrated to Canada", StringComparison.Ordinal)));
    }

    [Fact]
    public void SportFact_DatedByAYear_StillNeedsItsHeadline()
    {
        // "Who is a two-time champion in Melbourne with wins in 2001 and 2002?" fits a racing driver as well as the
        // tennis player: in sport a year is not enough.
        var kb = OneArticle.BuildIn("sport", "Obituary: Capriati", "Tributes have been paid to one of the best players of her day.", "Jennifer Capriati is a two-time champion in Melbourne with wins in 2001 and 2002.");

        Assert.DoesNotContain(kb.Served, q => q.Answer == "Jennifer Capriati" && !PromptLeads.HasStory(q.Prompt));
    }

    [Fact]
    public void SurnameThatIsACompany_IsTheCompany()
    {
        var drafts = OneArticle.Drafts(
            "Disney faces lawsuit",
            "Former board member Roy Disney has criticised the company's management.",
            "Disney failed to tell investors that between 1999 and 2001 it employed three adult children of three then directors.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Roy Disney" && d.Source.StartsWith("Disney failed", StringComparison.Ordinal));
    }

    [Fact]
    public void CountryChoices_TakenAcrossTheList_NotFromOneLetter()
    {
        // Taken in a row from the alphabetical list, "Bosnia, Botswana, Bolivia" around Russia left the answer the odd one
        // out (judged twice in one round); taken across the list, three choices of one letter are rare.
        var a = OneArticle.Analyze("Trade news", "Russia has been waiting for a decade to join the World Trade Organisation.").ToContext();
        var pool = new DistractorPool();
        pool.Add(a);
        var oneLetter = 0;
        for (var i = 0; i < 60; i++)
        {
            var picked = pool.Pick(TestDrafts.Blank($"Fill in the blank: _____ has been waiting for {i + 2} years to join the World Trade Organisation.", "Russia", AnswerType.Place), a);
            Assert.Equal(3, picked.Count);
            oneLetter += picked.All(c => c[0] == picked[0][0]) ? 1 : 0;
        }

        Assert.True(oneLetter <= 3, $"{oneLetter} of 60 picks share one first letter");
    }

    [Theory]
    [InlineData("In the story “Lib Dems highlight problem debt”, fill in the blank: Vincent Cable added that the _____ should investigate the market.", "Office of Fair Trading")]
    [InlineData("In the story “Lib Dems stress Budget trust gap”, fill in the blank: Vince Cable said the public did not know who to believe and the _____ should judge.", "National Audit Office")]
    public void NameBeforeAModal_IsTheSubject_NotADescribingWord(string prompt, string answer)
    {
        Assert.NotEqual("vague: a place used as a describing word", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Name)));
    }

    [Theory]
    [InlineData("In the story “John Peel replacement show begins”, fill in the blank: Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday, with black music champion _____ on Wednesdays.", "Ras Kwame", null)]
    [InlineData("In the story “U2's desire to be number one”, fill in the blank: Songs like Sunday Bloody Sunday and New Year's Day brought success - which _____ rejected as a cliche.", "Bono", null)]
    [InlineData("In the story “Abba queen enters music rich list”, fill in the blank: Producer _____ is the highest new entry in the Sunday Times' music rich list.", "Judy Craymer", null)]
    // A day before a name is still the day it happened.
    [InlineData("In the story “Straw praises Kashmir moves”, fill in the blank: On Thursday Jack Straw was in India visiting Sikhism's holiest shrine, the _____ in Amritsar.", "Golden Temple", "unanchored relative time")]
    public void WeeklySlotsAndTitles_AreNoRelativeTime(string prompt, string answer, string? reason)
    {
        Assert.Equal(reason, QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Person)));
    }

    [Fact]
    public void AnotherCityOfTheCountry_IsNoClue()
    {
        Assert.Null(QuestionRanker.Reject(TestDrafts.Blank(
            "In the story “Band extends European tour”, fill in the blank: After two nights in Berlin the band will end the tour in _____ with a show for charity.", "Munich", AnswerType.Place)));
    }

    [Fact]
    public void CountryChoices_FromTheAnswersPartOfTheWorld()
    {
        var a = OneArticle.Analyze("Southern African final", "Zambia will meet Angola in the Cosafa Cup final in Lusaka.").ToContext();
        var pool = new DistractorPool();
        pool.Add(a);

        var picked = pool.Pick(TestDrafts.Blank("Fill in the blank: Zambia's technical director is confident ahead of the Cosafa Cup final against _____.", "Angola", AnswerType.Place), a);

        Assert.Equal(3, picked.Count);
        Assert.All(picked, c => Assert.Contains(c, (string[])["Algeria", "Botswana", "Cameroon", "Egypt", "Eritrea", "Ethiopia", "Ghana", "Kenya", "Liberia", "Libya", "Madagascar", "Malawi", "Mali", "Morocco", "Mozambique", "Namibia", "Nigeria", "Rwanda", "Senegal", "Somalia", "South Africa", "Sudan", "Tanzania", "Tunisia", "Uganda", "Zambia", "Zimbabwe"]));
    }

    [Fact]
    public void DeniedReport_IsNoFactToAskWhoAbout()
    {
        var drafts = OneArticle.Drafts("Poll campaign move denied", "The government has denied reports that Gordon Brown is preparing to oust Alan Milburn as Labour's election supremo.");

        Assert.DoesNotContain(drafts, d => d.Generator == "subject-who" && d.Answer == "Gordon Brown");
    }

    [Fact]
    public void BlankOf30Words_IsServed()
    {
        // Stems of 29 to 34 words scored under the bar; judged 25 of 30 acceptable (AC), they are served.
        var kb = OneArticle.Build(
            "BBC 'should allow more scrutiny'",
            "The report was published on the corporation's website.",
            "It makes a number of recommendations about governance.",
            "Ministers are expected to respond in due course.",
            "The BBC launched Freeview in 2002 as an alternative to satellite subscription services such as Sky, to allow its digital channels such as BBC Three and News 24 to be seen.");

        Assert.Contains(kb.Served, q => q.Answer == "2002" && q.Prompt.Split(' ').Length > 30);
    }

    [Theory]
    [InlineData("In the story “Actress wins photographer battle”, fill in the blank: Actress _____ has won a restraining order against two photographers who she claims left her fearful of leaving her mansion.", null)]
    [InlineData("In the story “Singer misses bail deadline”, fill in the blank: _____, 25, was arrested following an alleged incident in a London hotel.", null)]
    // The blank's own clause hedged, or the blank inside the hedged clause: still a hedge.
    [InlineData("In the story “Actress wins photographer battle”, fill in the blank: Photographers who she claims left her fearful were working for _____.", "hedged claim")]
    [InlineData("In the story “Singer misses bail deadline”, fill in the blank: _____ allegedly punched a photographer in a London hotel.", "hedged claim")]
    public void HedgeOutsideTheBlanksFact_IsNoHedgedClaim(string prompt, string? reason)
    {
        Assert.Equal(reason, QuestionRanker.Reject(TestDrafts.Blank(prompt, "Nicole Kidman", AnswerType.Person)));
    }

    [Fact]
    public void LongSentence_NotCutBeforeTheWithItsVerbNeeds()
    {
        var drafts = OneArticle.Drafts(
            "Actor given Hollywood star",
            "Keanu Reeves first found fame in the teen comedy Bill and Ted's Excellent Adventure, and went on to combine such blockbusters as Speed, The Devil's Advocate and the Matrix series, with smaller films including My Own Private Idaho.");

        Assert.DoesNotContain(drafts, d => d.Prompt.EndsWith("and the Matrix series.", StringComparison.Ordinal));
    }

    [Fact]
    public void CountEveryoneKnows_IsObvious()
    {
        Assert.Equal("obvious: the stem says the count", QuestionRanker.Reject(TestDrafts.Blank(
            "In the story “Tech helps disabled speed demons”, fill in the blank: His customers have included people who have had strokes and a woman who had had all _____ limbs amputated.", "4", AnswerType.Number)));
    }

    [Fact]
    public void PronounInAnOpeningPhrase_IsNotTheEarlierMan()
    {
        // "Following his lecture, Dr Greenspan…": the lecture is Greenspan's; it had become "Adam Smith's lecture".
        var drafts = OneArticle.Drafts(
            "US bank boss hails 'genius' Smith",
            "Adam Smith is remembered as the father of economics.",
            "Following his lecture, Alan Greenspan was awarded an honorary fellowship of the Royal Society of Edinburgh.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Adam Smith's lecture", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the story “Trial begins of Spain's top banker”, fill in the blank: _____, a former chief executive at Santander, asked the court for new evidence to be admitted.")]
    [InlineData("In the story “Star misses UK charity premiere”, fill in the blank: _____ greeted the crowd and signed autographs, accompanied by his wife Carey Lowell.")]
    [InlineData("In the story “Actress wins photographer battle”, fill in the blank: _____ took action after a high-speed car chase with members of the paparazzi in Sydney.")]
    public void StorysCourtroomAndCrowd_NeedNoEarlierSentence(string prompt)
    {
        Assert.Null(QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));
    }

    [Theory]
    [InlineData("In the story “Deficit plan welcomed”, fill in the blank: _____, a Republican Senator, has tabled a bill to tackle the deficit.", false)]
    [InlineData("In the story “MP attacked with slurry”, fill in the blank: _____, an MEP for the East Midlands, resigned the UK Independence Party whip in October.", false)]
    // A list is still a list.
    [InlineData("In the story “Summit opens”, fill in the blank: Representatives from China, India, Russia, _____ and Brazil were invited to attend.", true)]
    public void AppositiveAfterTheBlank_IsNoList(string prompt, bool list)
    {
        Assert.Equal(list, QuestionRanker.Reject(TestDrafts.Blank(prompt, "John McCain", AnswerType.Person)) == "a name blank in a list");
    }

    [Fact]
    public void HerBeforeAnAdverb_IsTheObject()
    {
        // From the shared corpus (the sentence needs its article around it): passes vacuously without it.
        if (SharedFolder.Find("corpus/bbc/sport/219.txt") is not { } path)
        {
            return;
        }

        var text = File.ReadAllText(path);
        var a = OneArticle.Analyze("European medal chances improve", text[(text.IndexOf("improve", StringComparison.Ordinal) + 8)..]);

        Assert.Contains(DraftGenerator.Generate(a).Drafts, d => d.Answer == "Madrid" && d.Prompt.Contains("puts Sarah Claxton right up there", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("entertainment", true)]
    [InlineData("sport", false)]
    public void EntertainmentSubject_WithALongParticularPredicate_IsAsked(string section, bool served)
    {
        var kb = OneArticle.BuildIn(
            section,
            "Actress wins photographer battle",
            "Actress Nicole Kidman has won a restraining order against two paparazzi photographers who she claims left her fearful of leaving her Sydney mansion.");

        // (A rejected question's score is cut below the bar: eligible means scored over it.)
        Assert.Equal(served, kb.Questions.Any(q => q.Prompt.Contains("which actress has won a restraining order", StringComparison.Ordinal) && q.Score >= QuestionRanker.ServeThreshold));
    }

    // ---- Fixes from the review of this session's change ----

    [Theory]
    [InlineData("In the story “Actress wins photographer battle”, which actress has said she will marry him next week at a small private ceremony at her home in Sydney?")]
    [InlineData("In the story “Actress wins photographer battle”, which actress is believed to have won a restraining order against two photographers in a court in Sydney?")]
    public void LongEntertainmentPredicate_StillMeetsEveryOtherRule(string prompt)
    {
        var d = TestDrafts.Blank(prompt, "Nicole Kidman", AnswerType.Person) with { Generator = "subject-who" };

        Assert.NotNull(QuestionRanker.Reject(d, "entertainment"));
    }

    [Theory]
    [InlineData("In the story “Tycoon's fortune”, fill in the blank: Oil tycoon _____, who founded Yukos in 1990, is thought to be worth £50m.")]
    [InlineData("In the story “Gang jailed”, fill in the blank: _____ is an alleged member of a gang that robbed a bank in Leeds.")]
    public void HedgeOnTheBlanksOwnFact_IsStillAHedgedClaim(string prompt)
    {
        Assert.Equal("hedged claim", QuestionRanker.Reject(TestDrafts.Blank(prompt, "Mikhail Khodorkovsky", AnswerType.Person)));
    }

    [Theory]
    [InlineData("The show drew 2000 people to Wembley, where _____ played for two hours.")]
    [InlineData("The final starts at 1930 GMT on Saturday, when _____ will face the champions.")]
    public void CountOrClockTime_IsNoYear(string sentence)
    {
        var kb = OneArticle.BuildIn("politics", "Story", "Nothing much happened on the first day.", sentence.Replace("_____", "Tony Blair", StringComparison.Ordinal));

        Assert.DoesNotContain(kb.Served, q => q.Answer == "Tony Blair" && !PromptLeads.HasStory(q.Prompt));
    }

    [Theory]
    [InlineData("In the story “Band plans tour”, fill in the blank: Oasis will play in _____ before moving on to South America for six shows.", "United States", false)]
    [InlineData("In the story “Rail link opens”, fill in the blank: The new line links the Pakistani city of _____ with Amritsar.", "Lahore", true)]
    [InlineData("In the story “Troops move”, fill in the blank: British troops are based in the southern Iraqi city of _____.", "Basra", true)]
    public void CountryCluesOfThePlacesAdded(string prompt, string answer, bool obvious)
    {
        Assert.Equal(obvious, QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Place)) == "obvious: the place's nationality or currency is in the question");
    }

    [Fact]
    public void TheBeforeACountry_IsStillAList()
    {
        Assert.Equal("a name blank in a list", QuestionRanker.Reject(TestDrafts.Blank(
            "In the story “Climate treaty signed”, fill in the blank: _____, the US and Japan signed the treaty in 1997 with Canada.", "Russia", AnswerType.Place)));
    }

    [Theory]
    [InlineData("In the story “Grammer's farewell”, fill in the blank: Kelsey Grammer appeared in all _____ seasons of Frasier on NBC.", "11", AnswerType.Number)]
    [InlineData("In the story “Lib Dems launch campaign”, fill in the blank: The campaign launch by _____ marks the start of a busy month for the party.", "Mark Oaten", AnswerType.Person)]
    [InlineData("In the story “EMI signs band”, fill in the blank: EMI chief executive Alain Levy said the label was delighted to sign the _____.", "Kaiser Chiefs", AnswerType.Name)]
    public void NotGivenAway_ByAPluralOrACountOfSeasons(string prompt, string answer, AnswerType type)
    {
        Assert.DoesNotContain(QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, type)), (string?[])["answer word in stem", "obvious: the stem says the count"]);
    }

    [Fact]
    public void ManTitledSurname_NotTheWife()
    {
        var a = OneArticle.Analyze("Gates gift", "Microsoft founder Bill Gates and his wife have given $1bn to charity.", "Mrs Gates said the money would help children.");

        Assert.Contains("Mrs Gates", a.Persons.Select(p => p.FullName));
    }

    [Fact]
    public void NameDescribedAsAWork_IsAWorkToAskFor()
    {
        var drafts = OneArticle.Drafts(
            "Adventure tale tops awards",
            "Young book fans have voted Fergus Crane, a story about a boy who is taken on an adventure by a flying horse, the winner of two Smarties Book Prizes.");

        Assert.Contains(drafts, d => d.Answer == "Fergus Crane" && d.Type != AnswerType.Person && d.Prompt.Contains("voted _____, a story about a boy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Doris Lessing and Ian McEwan have also been nominated.", "Ian McEwan", false)]
    // One person's further plan, not a lot others share: "also" comes out as before.
    [InlineData("International Development Secretary Hilary Benn will also visit Aceh in Indonesia, as well as Sri Lanka.", "Hilary Benn", true)]
    public void AlsoAfterTheAnswer_BeforeANominationOrALoss_Stays(string sentence, string answer, bool dropped)
    {
        var drafts = OneArticle.Drafts("Awards shortlist announced", "The shortlist was announced in London on the first day of the festival.", sentence);

        Assert.All(drafts.Where(d => d.Answer == answer && d.Prompt.Contains("_____", StringComparison.Ordinal)), d => Assert.Equal(dropped, !d.Prompt.Contains(" also ", StringComparison.Ordinal)));
        Assert.Contains(drafts, d => d.Answer == answer);
    }
}
