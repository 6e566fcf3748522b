using TriviaBot.Knowledge.Ingestion;
using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

public sealed class DistractorTests
{
    [Theory]
    [InlineData("Mary Queen")]
    [InlineData("Bill and")]
    [InlineData("Tom Actor")]
    [InlineData("John Smith Jones Brown Green")]
    public void IsWellFormedName_Fragment_False(string name)
    {
        Assert.False(DistractorPool.IsWellFormedName(name.Split(' ')));
    }

    [Theory]
    [InlineData("Robert De Niro")]
    [InlineData("Imelda Staunton")]
    [InlineData("Dan O'Herlihy")]
    public void IsWellFormedName_FullName_True(string name)
    {
        Assert.True(DistractorPool.IsWellFormedName(name.Split(' ')));
    }

    [Fact]
    public void Fits_OtherArticleOppositeGender_False()
    {
        Assert.False(DistractorPool.Fits(new PersonTraits(-1, "actor"), new PersonTraits(1, "actor"), sameArticle: false));
    }

    [Fact]
    public void Fits_OtherArticleOtherLineOfWork_False()
    {
        Assert.False(DistractorPool.Fits(new PersonTraits(-1, "actor"), new PersonTraits(-1, "musician"), sameArticle: false));
    }

    [Fact]
    public void Fits_OtherArticleUnknownRoleForKnownRole_False()
    {
        Assert.False(DistractorPool.Fits(new PersonTraits(0, "director"), new PersonTraits(0, null), sameArticle: false));
    }

    [Fact]
    public void Fits_SameArticleUnknownRoleForKnownRole_False()
    {
        // A football manager the article names beside an actor is no fair choice for "which actor".
        Assert.False(DistractorPool.Fits(new PersonTraits(-1, "actor"), new PersonTraits(-1, null), sameArticle: true));
    }

    [Fact]
    public void Fits_SameArticleUnknownGenderForKnownGender_False()
    {
        Assert.False(DistractorPool.Fits(new PersonTraits(-1, "actor"), new PersonTraits(0, "actor"), sameArticle: true));
    }

    [Fact]
    public void Fits_OtherArticleSameGenderAndWork_True()
    {
        Assert.True(DistractorPool.Fits(new PersonTraits(-1, "actor"), new PersonTraits(-1, "actor"), sameArticle: false));
    }

    [Theory]
    [InlineData("US actor", "actor")]
    [InlineData("actress", "actor")]
    [InlineData("pop star", "musician")]
    [InlineData("Film star", "actor")]
    [InlineData("film-maker", "director")]
    public void RoleGroup_RolePhrase_LineOfWork(string role, string group)
    {
        Assert.Equal(group, PersonTraits.RoleGroup(role));
    }

    private static KnowledgeBase Build(params string[][] articles) =>
        KnowledgePipeline.Build(new IngestResult(
            articles.Select((p, i) => new Article("a" + i, "Title " + i, $"/corpus/entertainment/{i}.txt", p)).ToList(), []));

    /// One story under its own headline (the questions are asked inside it).
    private static KnowledgeBase BuildStory(string headline, params string[] paragraphs) =>
        KnowledgePipeline.Build(new IngestResult([new Article("a0", headline, "/corpus/entertainment/0.txt", paragraphs)], []));

    [Fact]
    public void Build_WhoSaidByACriticAmongTheStorysCritics_ChoicesAreCriticsOfOtherStories()
    {
        // Four critics of one survey could each have said it (judges rejected such questions): the choices are critics
        // quoted in other stories.
        var kb = Build(
            [
                "Film critic Tom Smith said: \"Imelda Staunton deserves to win the Oscar for Vera Drake.\"",
                "Film critic Bob Brown said: \"Mike Leigh has made a masterpiece with Vera Drake.\"",
                "Film critic Carl White said: \"The Aviator will sweep the board at the Oscars.\"",
            ],
            [
                "Film critic Dan Green said: \"Sideways is the best American film of the year.\"",
                "Film critic Ed Black said: \"Jamie Foxx will win for Ray at the Oscars.\"",
                "Film critic Gus Hale said: \"Hilary Swank was superb in Million Dollar Baby.\"",
            ]);

        var q = Assert.Single(kb.Questions, q => q.Kind == QuestionKind.WhoSaid && q.Answer == "Tom Smith");
        Assert.DoesNotContain(q.Choices, c => c is "Bob Brown" or "Carl White");
        Assert.Contains(q.Choices, c => c is "Dan Green" or "Ed Black" or "Gus Hale");
    }

    [Fact]
    public void Build_RegionTyped_NotServed()
    {
        // "topped the box office in _____" (North America): "US" is right too; a region is asked among choices only.
        var kb = BuildStory("Fockers fuel festive film chart", "Comedy Meet The Fockers topped the festive box office in North America, setting a new record for Christmas Day.");

        Assert.DoesNotContain(kb.Served, q => q.Answer == "North America" && q.Kind == QuestionKind.FreeAnswer);
    }

    [Fact]
    public void Build_HeadlineDescribesTheAnswer_NotAskedUnderIt()
    {
        // "Lost Doors frontman movie found" names Jim Morrison as surely as his name would.
        var kb = BuildStory(
            "Lost Doors frontman movie found",
            "Historians in Florida have discovered a 40-year-old clip of a clean-cut Jim Morrison appearing in a promotional film for his university.",
            "Doors frontman Jim Morrison was notorious for his wild lifestyle.");

        // (The lead sentence may still be asked on its own, without the headline: nothing gives him away there.)
        Assert.DoesNotContain(kb.Served, q => q.Answer == "Jim Morrison" && PromptLeads.HasStory(q.Prompt));
    }

    [Fact]
    public void Build_HeadlineDescribesTheStorysOpeningSubject_NotAskedUnderIt()
    {
        // "The Doors frontman, who died aged 27…": the headline's "Doors frontman" is the story's subject.
        var kb = BuildStory(
            "Lost Doors frontman movie found",
            "Historians in Florida have discovered a 40-year-old clip of a clean-cut Jim Morrison appearing in a promotional film for his university.",
            "The 1964 film shows the Doors frontman, who died aged 27 in 1971, playing the part of a young man who had been rejected by Florida State University.",
            "Morrison is seen quizzing a college administrator on why he was refused.",
            "The Doors were one of the most influential bands of the 1960s, with hits including Light My Fire and Riders On The Storm.",
            "Morrison was notorious for his wild lifestyle - and was accused of exposing himself and simulating a sex act at a Miami concert in 1969.");

        Assert.DoesNotContain(kb.Served, q => q.Answer == "Jim Morrison" && PromptLeads.HasStory(q.Prompt));
    }

    [Fact]
    public void Build_CityOfAEuropeanTour_EuropeanCitiesAsChoices()
    {
        var kb = BuildStory(
            "Rock band U2 break ticket record",
            "Rock band U2 have broken a ticket sales record in Dublin, selling 150,000 tickets in under an hour.",
            "The band will play 24 European gigs, finishing in Lisbon in late August.");

        // (One prompt in three is asked typed, by its hash — PreferTyped; this one is asked with choices.)

        var q = Assert.Single(kb.Questions, q => q.Answer == "Lisbon" && q.Choices.Count > 0);
        Assert.DoesNotContain(q.Choices, c => c is "Buenos Aires" or "Tokyo" or "Sydney" or "New York" or "Cairo" or "Cape Town" or "Mumbai");
    }

    [Fact]
    public void Build_ChartPositionUnderAHeadlineThatTakesTheTop_OneNeverAChoice()
    {
        var kb = BuildStory(
            "Snicket tops US box office chart",
            "Lemony Snicket's A Series of Unfortunate Events has topped the North American box office with takings of $30m.",
            "Fantasy adventure Ocean's Twelve fell to number two, taking $9m over the weekend in cinemas across the US.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "2" && q.Choices.Count > 0);
        Assert.DoesNotContain("1", q.Choices);
    }

    [Fact]
    public void Build_LonePersonNoPeers_NoCelebrityDistractors()
    {
        var kb = Build(["Actress Imelda Staunton won the best actress award for the abortion drama Vera Drake in London."]);

        var q = Assert.Single(kb.Questions, q => q.Answer == "Imelda Staunton" && q.Prompt.Contains("which actress", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(q.Choices);
    }

    [Fact]
    public void Build_PeersOfOtherGenderInCorpus_NotChoices()
    {
        var kb = Build(
            ["Actress Imelda Staunton won the best actress award for the abortion drama Vera Drake in London."],
            ["Actor Jude Law has joined the cast of the remake of Alfie.", "Actor Clive Owen has been nominated for a Bafta award for Closer.", "Actor Jamie Foxx won the Oscar for the film Ray in Los Angeles."]);

        var q = Assert.Single(kb.Questions, q => q.Answer == "Imelda Staunton" && q.Prompt.Contains("which actress", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(q.Choices, c => c is "Jude Law" or "Clive Owen" or "Jamie Foxx");
    }

    [Fact]
    public void Generate_RoleOpeningSentence_Lowercased()
    {
        var drafts = DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", "T", "entertainment/x.txt",
            ["Pop star Britney Spears has attacked US tabloid magazines over reports about her marriage."]))).Drafts;

        Assert.Contains(drafts, d => d.Prompt.EndsWith("which pop star has attacked US tabloid magazines over reports about her marriage?", StringComparison.Ordinal));
    }

    [Fact]
    public void Reject_HonorificAnswer_Rejected()
    {
        var fact = new Fact("f", "a", "action", "Mr Knight", "served", "x", "Mr Knight served a 10-month jail term in 2004.");
        var draft = new Draft("subject-who", fact, "Who served a 10-month jail term in 2004 for punching a man?", "Mr Knight", AnswerType.Person, ["Mr Knight"], 0.7, 3, "s", Draft.NoExclusions);

        Assert.Equal("honorific answer", QuestionRanker.Reject(draft));
    }
}

public sealed class DistractorEdgeTests
{
    [Theory]
    [InlineData("peterjamieson", "peterjameson", true)]
    [InlineData("anderson", "andersen", true)]
    [InlineData("kidman", "clooney", false)]
    public void Near_TwoEditsOrFewer_Detected(string x, string y, bool near)
    {
        Assert.Equal(near, DistractorPool.Near(x, y));
    }

    [Fact]
    public void Reject_PossessiveWeekday_Rejected()
    {
        var fact = new Fact("f", "a", "action", "Tom Kenny", "hosted", "x", "s");
        var draft = new Draft("subject-who", fact, "Who hosted Sunday's party at the Alex Theater, Los Angeles?", "Tom Kenny", AnswerType.Person, ["Tom Kenny"], 0.7, 3, "s", Draft.NoExclusions);

        Assert.Equal("unanchored relative time", QuestionRanker.Reject(draft));
    }

    [Fact]
    public void Generate_BandAsSpeaker_NotDrafted()
    {
        var drafts = DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", "T", "entertainment/x.txt",
            ["\"We are all very excited to be going back to Reading and intend to have a fantastic time,\" said Iron Maiden."]))).Drafts;

        Assert.DoesNotContain(drafts, d => d.Answer == "Iron Maiden");
    }
}

public sealed class GenderCueTests
{
    [Theory]
    [InlineData("Who became Jennifer Lopez's third husband in June 2004?", 1)]
    [InlineData("Who won best actress at the Baftas in 2005?", -1)]
    [InlineData("Who has sold his 19 Entertainment company?", 1)]
    [InlineData("Who topped the UK album chart in 2004?", 0)]
    public void GenderCue_StemWord_Gender(string prompt, int gender)
    {
        Assert.Equal(gender, DistractorPool.GenderCue(prompt));
    }
}

public sealed class VagueSubjectTests
{
    [Theory]
    [InlineData("Who was murdered in 1979?")]
    [InlineData("Who was named best Irish female?")]
    [InlineData("Who has since been replaced as host by Fearne Cotton?")]
    public void Reject_ShortOrContextBoundSubjectStem_Rejected(string prompt)
    {
        var fact = new Fact("f", "a", "action", "X Y", "v", "o", "s");
        var draft = new Draft("subject-who", fact, prompt, "Robert Opal", AnswerType.Person, ["Robert Opal"], 0.7, 3, "s", Draft.NoExclusions);

        Assert.NotNull(QuestionRanker.Reject(draft));
    }
}

public sealed class SurnameOnlyStemTests
{
    [Fact]
    public void Reject_TitleAndSurnameInStem_Rejected()
    {
        var fact = new Fact("f", "a", "year", "x", "in year", "2001", "s");
        var draft = new Draft("year-in-situ", fact, "Mr Evans sued Mr Mann in what year?", "2001", AnswerType.Year, ["2001"], 0.62, 3, "s", Draft.NoExclusions);

        Assert.Equal("vague: title and surname", QuestionRanker.Reject(draft));
    }

    [Fact]
    public void Generate_YearClauseOpeningOnSurname_NotDrafted()
    {
        var drafts = DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", "T", "entertainment/x.txt",
            ["Actor Robert Opal streaked across the Oscars stage in 1974.", "Opal was murdered in 1979."]))).Drafts;

        Assert.DoesNotContain(drafts, d => d.Prompt.StartsWith("Opal was murdered", StringComparison.Ordinal));
    }
}

public sealed class RelativeTimeTests
{
    [Fact]
    public void Reject_LastYearsWinner_Rejected()
    {
        var fact = new Fact("f", "a", "sentence", "x", "appears in", "o", "s");
        var draft = new Draft("blank", fact, "Fill in the blank: Last year's winner, chat show host _____, fell to number 16 in a Radio Times poll.", "Graham Norton", AnswerType.Person, ["Graham Norton"], 0.5, 3, "s", Draft.NoExclusions);

        Assert.Equal("unanchored relative time", QuestionRanker.Reject(draft));
    }
}
