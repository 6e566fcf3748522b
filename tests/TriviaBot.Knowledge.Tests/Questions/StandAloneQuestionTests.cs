using TriviaBot.Knowledge.Ingestion;
using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// What a player who never read the article needs from a question: the story it is about, names instead of
/// pronouns, and one right answer (blind judges' samples L and M, 2026-11-25).
public sealed class StandAloneQuestionTests
{
    private static KnowledgeBase Build(string title, params string[] paragraphs) =>
        KnowledgePipeline.Build(new IngestResult([new Article("a0", title, "/corpus/entertainment/0.txt", paragraphs)], []));

    private static Draft Blank(string prompt, string answer, AnswerType type) => TestDrafts.Blank(prompt, answer, type);

    [Fact]
    public void Generate_HeadlineNamesNoAnswer_EveryQuestionCarriesIt()
    {
        var drafts = OneArticle.Drafts("Soul night at the Grammys", "R&B star Alicia Keys won four awards at the Grammy ceremony in Los Angeles.");

        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.StartsWith("In the story “Soul night at the Grammys”, ", d.Prompt, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_UndatedAward_AskedInsideTheHeadline()
    {
        var kb = Build(
            "Eastwood's Baby scoops top Oscars",
            "Actress Hilary Swank won the best actress Oscar for playing a boxer in Million Dollar Baby.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "Hilary Swank" && q.Served);
        Assert.StartsWith("In the story “Eastwood's Baby scoops top Oscars”, which actress won", q.Prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Scissor Sisters triumph at Brits US band", "Scissor Sisters led the winners at the Brit Awards.", "Scissor Sisters triumph at Brits", "US band Scissor Sisters led")]
    [InlineData("Low-budget film wins", "Cesar A film that follows a group of alienated youth has won.", "Low-budget film wins Cesar", "A film that follows")]
    [InlineData("Kennedy questions trust of Blair Lib Dem leader", "Charles Kennedy has said voters distrust Tony Blair, the Lib Dem leader said.", "Kennedy questions trust of Blair", "Lib Dem leader Charles Kennedy")]
    [InlineData("Berlin applauds Hotel Rwanda Political thriller", "Hotel Rwanda was given a rousing reception.", "Berlin applauds Hotel Rwanda", "Political thriller Hotel Rwanda was")]
    [InlineData("Critics back Aviator for Oscars Martin Scorsese's", "The Aviator will win best film at the Oscars.", "Critics back Aviator for Oscars", "Martin Scorsese's The Aviator")]
    [InlineData("Ten-year tragedy of missing", "Manic Richey Edwards, guitarist and lyricist, vanished 10 years ago.", "Ten-year tragedy of missing Manic", "Richey Edwards, guitarist")]
    [InlineData("Corbett attacks 'dumbed-down", "TV' Ronnie Corbett has joined fellow comedy stars.", "Corbett attacks 'dumbed-down TV'", "Ronnie Corbett has")]
    [InlineData("UK heading wrong way -", "Howard Tony Blair has had the chance to tackle the issues.", "UK heading wrong way - Howard", "Tony Blair has")]
    public void Repair_SeamAWordOff_MovedWhenTheHeadlineThenReadsWhole(string headline, string body, string expectedHeadline, string expectedBodyStart)
    {
        var (h, b) = HeadlineSplitter.Repair(headline, body);

        Assert.Equal(expectedHeadline, h);
        Assert.StartsWith(expectedBodyStart, b, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lib Dems' new election PR chief", "The Lib Dems have appointed a senior figure from BT.")]
    [InlineData("McDonald's to sponsor MTV show", "McDonald's, the world's largest restaurant chain, is to sponsor a show.")]
    [InlineData("Franz Ferdinand NME awards triumph", "Franz Ferdinand have won three prizes at the NME awards.")]
    [InlineData("Low-budget film wins", "Cesar, A film that follows a group of alienated youth has won.")]
    public void Repair_NothingSaysWhereTheSeamBelongs_NotMoved(string headline, string body)
    {
        Assert.Equal((headline, body), HeadlineSplitter.Repair(headline, body));
    }

    [Theory]
    [InlineData("Steady job growth continues in US", "US employers added 157,000 jobs in January.")]
    [InlineData("Petrol duties frozen, Brown says", "The chancellor has frozen petrol duty for another year.")]
    [InlineData("Row over tsunami aid heats up", "A row over aid for the victims of the tsunami has grown.")]
    [InlineData("Assembly ballot papers 'missing'", "Hundreds of ballot papers for the regional assembly vote have gone missing.")]
    [InlineData("Relay squad thrilled with honours", "The British men's sprint relay team have been honoured.")]
    [InlineData("BBC leads interactive Bafta wins", "The BBC has won four of the interactive Bafta awards.")]
    [InlineData("Golden rule boost for Chancellor", "Gordon Brown has been given a boost.")]
    [InlineData("Sayeed to stand down as Tory MP", "Tory MP Jonathan Sayeed is to stand down at the next general election.")]
    [InlineData("Vodafone appoints new Japan boss", "Vodafone has drafted in its UK chief executive to run its Japanese business.")]
    [InlineData("Chinese dam firm 'defies Beijing'", "The China Three Gorges Project Corp is refusing to stop work.")]
    [InlineData("Top stars join US tsunami TV show", "Brad Pitt, Robert De Niro and Hugh Grant have been added to the line-up.")]
    [InlineData("Lit Idol begins search for author", "The second Pop Idol-style search for literary talent has begun.")]
    [InlineData("Gallas sees two-horse race", "Chelsea's William Gallas believes they will battle it out with Arsenal.")]
    [InlineData("Williams says he will never quit", "Defiant Matt Williams says he will not quit as Scotland coach.")]
    [InlineData("Blair buys copies of new Band Aid", "Prime Minister Tony Blair purchased two copies of the charity single.")]
    [InlineData("Actor Scott is new Bond favourite", "Bookmaker William Hill has stopped taking bets on who will be the next James Bond.")]
    [InlineData("Bafta to hand out movie honours", "Movie stars from across the globe are attending this year's Bafta film award ceremony.")]
    [InlineData("The comic book genius of Stan Lee", "Stan Lee, the creator of Spider-Man, has been honoured by his peers.")]
    public void ReadsWhole_WholeHeadlineWithTheBodyAfterIt_True(string title, string body)
    {
        Assert.Null(HeadlineSplitter.WhyNotWhole(title, body));
    }

    [Fact]
    public void TrySplit_DescriptionOfTheFirstNameGluedOn_SplitBeforeIt()
    {
        Assert.True(HeadlineSplitter.TrySplit(
            "Scissor Sisters triumph at Brits US band Scissor Sisters led the winners at the UK music industry's Brit Awards, walking off with three prizes. The flamboyant act scored a hat-trick.",
            out var headline,
            out var body));

        Assert.Equal("Scissor Sisters triumph at Brits", headline);
        Assert.StartsWith("US band Scissor Sisters led the winners", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", null)]
    [InlineData("   ", "x")]
    [InlineData("Test", null)]
    [InlineData("Oscars", "Oscar A total of 267 films")]
    [InlineData("Two words", "")]
    [InlineData("'", "x")]
    public void WhyNotWhole_ShortOrOddHeadline_DoesNotThrow(string title, string? body)
    {
        _ = HeadlineSplitter.WhyNotWhole(title, body);
        _ = HeadlineSplitter.Repair(title, body ?? string.Empty);
    }

    [Theory]
    [InlineData("Scissor Sisters triumph at Brits US band")]
    [InlineData("OutKast win at MTV Europe Awards US hip-hop duo")]
    [InlineData("Aviator and Vera take Bafta glory Hollywood blockbuster")]
    [InlineData("U2 stars enter rock")]
    [InlineData("Eastwood's Baby scoops top")]
    [InlineData("Double win for Sea Inside Spanish movie")]
    [InlineData("Spirit awards hail Sideways The comedy")]
    [InlineData("Critics back Aviator for Oscars Martin Scorsese's")]
    [InlineData("Belle named 'best")]
    [InlineData("Low-budget film wins")]
    [InlineData("Hundreds vie for best film")]
    [InlineData("Stallone evicted from Big Brother Jackie")]
    [InlineData("Prodigy join V Festival line-up Essex act")]
    [InlineData("Fry set for role in Hitchhiker's Actor Stephen")]
    [InlineData("Celebrities get their skates on Former England footballer")]
    [InlineData("US critics laud comedy Sideways Road trip comedy")]
    [InlineData("Bangkok film festival battles on Organisers of the third")]
    [InlineData("Nadal puts")]
    [InlineData("Campbell rescues")]
    public void ReadsWhole_HeadlineSplitAWordOff_False(string title)
    {
        Assert.False(HeadlineSplitter.ReadsWhole(title));
    }

    [Theory]
    [InlineData("Church anger over Bollywood film")]
    [InlineData("Jamelia's return to the top")]
    [InlineData("Grammys honour soul star Charles")]
    [InlineData("Kidman wins photographer battle")]
    [InlineData("Johnny Depp: The acting outlaw")]
    [InlineData("Hollywood ready for Oscars night")]
    [InlineData("Angels 'favourite funeral song'")]
    public void ReadsWhole_WholeHeadline_True(string title)
    {
        Assert.True(HeadlineSplitter.ReadsWhole(title));
    }

    [Theory]
    [InlineData("Women in film 'are earning less'")]
    [InlineData("Britney attacks 'false tabloids'")]
    [InlineData("Carry On star Patsy Rowlands dies")]
    [InlineData("Last Star Wars 'not for children'")]
    [InlineData("Ocean's Twelve raids box office")]
    [InlineData("Keanu Reeves given Hollywood star")]
    [InlineData("Rapper Jay-Z becomes label boss")]
    [InlineData("Snow Patrol bassist exits group")]
    [InlineData("Mogul Wilson backing UK rap band")]
    [InlineData("'Comeback' show for Friends star")]
    [InlineData("Global release for Japan hit film")]
    [InlineData("Children vote Shrek 2 best film")]
    [InlineData("UK Directors Guild nominees named")]
    public void ReadsWhole_WholeHeadlinesOnceTakenForCut_True(string title)
    {
        Assert.Null(HeadlineSplitter.WhyNotWhole(title));
    }

    [Theory]
    [InlineData("Scissor Sisters triumph at Brits US band")]
    [InlineData("£1.8m indecency fine for Viacom Media giant")]
    [InlineData("Hard act to follow for OutKast US rap duo")]
    [InlineData("Music mogul Fuller sells company Pop Idol supremo")]
    [InlineData("Kewell waits as injury drags on Liverpool winger")]
    [InlineData("Isinbayeva heads for Birmingham Olympic pole vault champion")]
    [InlineData("Campese berates whingeing England Former Australian wing")]
    public void ReadsWhole_BodyDescriptionGluedOn_False(string title)
    {
        Assert.False(HeadlineSplitter.ReadsWhole(title));
    }

    [Theory]
    [InlineData("Stars pay tribute to actor", "Davis Hollywood stars including Spike Lee have paid tribute to actor Ossie Davis.")]
    [InlineData("Low-budget film wins", "Cesar A film that follows a group of alienated youth has won.")]
    [InlineData("Johnny and Denise lose", "Passport Johnny Vaughan and Denise Van Outen's show Passport to Paradise will not return.")]
    [InlineData("Hundreds vie for best film", "Oscar A total of 267 films are eligible for the best film Oscar.")]
    [InlineData("Alicia Keys to open", "US Super Bowl R&B star Alicia Keys is to open February's Super Bowl.")]
    [InlineData("India to deport", "Bollywood actress India has ordered the deportation of model Negar Khan.")]
    public void ReadsWhole_BodyOpensOnTheHeadlinesLastWord_False(string title, string body)
    {
        Assert.False(HeadlineSplitter.ReadsWhole(title, body));
    }

    [Fact]
    public void Build_HeadlineNamesTheAnswer_NotUsedAsContext()
    {
        var kb = Build("Swank scoops Oscar", "Actress Hilary Swank won the best actress Oscar for playing a boxer in Million Dollar Baby.");

        Assert.DoesNotContain(kb.Questions, q => q.Answer == "Hilary Swank" && q.Prompt.Contains("Swank scoops", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_SentenceOpensWithSurePronoun_BlankNamesThePerson()
    {
        var drafts = OneArticle.Drafts(
            "Hailey profile",
            "Novelist Arthur Hailey has died at his home in the Bahamas.",
            "He went on to produce 11 best-selling books, which were published into 38 languages in 40 countries.");

        Assert.Contains(drafts, d => d.Prompt == "In the story “Hailey profile”, fill in the blank: Arthur Hailey went on to produce 11 best-selling books, which were published into _____ languages in 40 countries." && d.Answer == "38");
    }

    [Fact]
    public void Generate_PronounWithTwoCandidates_NoBlank()
    {
        var drafts = OneArticle.Drafts(
            "Two stars",
            "Actor Tom Hanks met director Ron Howard in Paris.",
            "He went on to produce 11 best-selling films, which were released in 38 countries.");

        Assert.DoesNotContain(drafts, d => d.Source.StartsWith("He went on", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NameAlreadyInSentence_PronounStays()
    {
        var drafts = OneArticle.Drafts(
            "Elvis tops chart",
            "Elvis Presley has scored his 19th number one single in the UK charts with the re-release of Jailhouse Rock.");

        Assert.Contains(drafts, d => d.Prompt.Contains("Elvis Presley has scored his 19th", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Presley's 19th", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_CountOfThings_NumberBlankTakesWordOrDigits()
    {
        var drafts = OneArticle.Drafts("Aviator sweeps the Baftas", "The Aviator took five prizes including best supporting actress for Cate Blanchett at the Bafta ceremony in London.");

        var count = Assert.Single(drafts, d => d.Type == AnswerType.Number);
        Assert.Equal("5", count.Answer);
        Assert.Contains("five", count.Accepted);
        Assert.Contains("took _____ prizes", count.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_PlaceInSentence_PlaceBlankWithPlaceChoices()
    {
        var kb = Build("Guitar sale", "A much-loved guitar belonging to Jimi Hendrix has been sold for £100,000 at an auction in London.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "London");
        Assert.All(q.Choices.Where(c => c != "London"), c => Assert.False(TriviaBot.Knowledge.Text.Gazetteer.Countries.Contains(c), c));
    }

    [Theory]
    [InlineData("Fill in the blank: However, some markets - notably Sweden, _____, France and Spain - have been hit.", AnswerType.Place)]
    [InlineData("Fill in the blank: Brad Pitt, Robert De Niro and _____ have been added to the line-up.", AnswerType.Person)]
    [InlineData("Fill in the blank: British stars Imelda Staunton and _____ are hoping for awards at the Odeon.", AnswerType.Person)]
    [InlineData("Fill in the blank: Motorhead, _____ are included along with newer acts.", AnswerType.Name)]
    public void Reject_BlankInAList_Rejected(string prompt, AnswerType type)
    {
        Assert.Equal("a name blank in a list", QuestionRanker.Reject(Blank(prompt, "X Y", type)));
    }

    [Theory]
    [InlineData("Fill in the blank: Buhecha traded in counterfeit DVDs in 2002 and _____.")]
    [InlineData("Fill in the blank: Wheels (_____), The Moneychangers (1975) and Overload (1979) followed.")]
    public void Reject_YearBesideAYear_Rejected(string prompt)
    {
        Assert.Equal("a year blank beside another year or in brackets", QuestionRanker.Reject(Blank(prompt, "2003", AnswerType.Year)));
    }

    [Fact]
    public void Reject_ApproximateCount_Rejected()
    {
        Assert.Equal("an approximate count", QuestionRanker.Reject(Blank("Fill in the blank: More than _____ stars sang as group USA For Africa.", "40", AnswerType.Number)));
    }

    [Fact]
    public void Reject_NamePartInStem_GivesItAway()
    {
        Assert.Equal("answer word in stem", QuestionRanker.Reject(Blank("Fill in the blank: Jamie Foxx is almost unbeatable for his performance as _____ in Ray.", "Ray Charles", AnswerType.Person)));
    }

    [Fact]
    public void Reject_OrdinalLead_Vague()
    {
        Assert.Equal("vague: leans on earlier sentences", QuestionRanker.Reject(Blank("Fill in the blank: In the second, _____, 40, pleaded guilty to possessing a forged prescription.", "Courtney Love", AnswerType.Person)));
    }

    [Fact]
    public void Generate_TwoClausesWithTwoSubjects_NoWhoQuestion()
    {
        var drafts = OneArticle.Drafts("Charlotte's Web cast", "Oprah Winfrey will voice a goose, John Cleese will voice a sheep and Steve Buscemi a rat in the 2006 film.");

        Assert.DoesNotContain(drafts, d => d.Generator == "subject-who" && d.Answer == "Oprah Winfrey");
    }

    [Fact]
    public void Generate_YearQuestionWithBareSurname_UsesTheFullName()
    {
        var drafts = OneArticle.Drafts(
            "Video withdrawn after school complaint",
            "Singer Brian McFadden has withdrawn his video.",
            "In 1999, when McFadden joined Westlife, his family moved to Dublin.");

        // (Under a headline that names him, "McFadden video withdrawn", the story asks "Who is the singer…?" under
        // "Singer's video withdrawn" and tells him by role elsewhere: see CoverageRoundTwelveTests.)
        Assert.Contains(drafts, d => d.Prompt == "In the story “Video withdrawn after school complaint”, Brian McFadden joined Westlife in what year?");
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("McFadden joined", StringComparison.Ordinal) && !d.Prompt.Contains("Brian McFadden joined", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_YearOfSomeonesAge_NotAsked()
    {
        var drafts = OneArticle.Drafts(
            "McFadden video withdrawn",
            "Singer Brian McFadden has withdrawn his video.",
            "In 1982, when McFadden was two years old, his family moved to Dublin.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("two years old in what year", StringComparison.Ordinal));
    }

    [Fact]
    public void DropAlso_BlankOpeningWithHowever_Dropped()
    {
        Assert.Equal("Fill in the blank: Swank has to overcome a challenge from _____.", StemCleaner.DropAlso("Fill in the blank: However, Swank has also to overcome a challenge from _____."));
    }

    [Fact]
    public void Generate_OtherNames_BandNamesBecomeTypedBlanks()
    {
        var drafts = OneArticle.Drafts("Bristol gig", "Portishead will play alongside fellow Bristol band Massive Attack at the Bristol Academy on 19 February.");

        Assert.Contains(drafts, d => d.Type == AnswerType.Name && d.Answer == "Massive Attack");
        Assert.DoesNotContain(drafts, d => d.Type == AnswerType.Name && d.Answer is "Bristol Academy" or "Portishead");
    }

    [Fact]
    public void Build_ChartPosition_NeighbouringPositionsAsChoices()
    {
        var kb = Build("Doves soar to UK album summit", "Usher's single Caught Up was a new entry in the UK singles chart at number nine on Sunday.");

        var q = Assert.Single(kb.Questions, q => q.Prompt.Contains("at number _____", StringComparison.Ordinal));
        Assert.Equal("9", q.Answer);
        Assert.Contains("nine", q.Accepted);
        Assert.All(q.Choices, c => Assert.InRange(int.Parse(c, System.Globalization.CultureInfo.InvariantCulture), 6, 12));
    }

    [Fact]
    public void Generate_TheFilmOfAOneFilmStory_NamesTheFilm()
    {
        var drafts = OneArticle.Drafts(
            "Horror film heads US box office",
            "Robert De Niro stars in the film Hide and Seek, which opened on Friday.",
            "Actress Dakota Fanning stars opposite Robert De Niro in the film, which took $22m in its first three days.");

        Assert.Contains(drafts, d => d.Prompt.EndsWith("which actress stars opposite Robert De Niro in the film Hide and Seek?", StringComparison.Ordinal));
    }
}
