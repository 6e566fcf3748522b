using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// "The movie" right after a sentence that names another title is that title, not the article's only known film
/// (judged 2026-12-07: "The movie The Aviator, which stars Ben Stiller…" was Meet The Fockers).
public sealed class TheMovieAfterAnotherTitleTests
{
    [Fact]
    public void Generate_TheMovieRightAfterAnotherTitle_NotNamedAsTheOnlyFilm()
    {
        var drafts = OneArticle.Drafts(
            "Fockers keeps US box office lead",
            "Film comedy Meet The Fockers, sequel to Meet The Parents, has topped the US box office for a third week. The movie, which stars Ben Stiller, Robert De Niro, Dustin Hoffman and Barbra Streisand, took $28.5m (£15.2m), making a total of 204.3m (£109m). Michael Keaton thriller White Noise was second with $24m (£12.8m) despite negative reviews. Martin Scorsese's Howard Hughes biopic The Aviator came third with $7.6m (£4m) and a total of $42.9m (£22.8m).");

        // (The others are asked: "White Noise was second with _____".)
        Assert.Contains(drafts, d => d.Answer == "$24m");
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("The movie The Aviator", StringComparison.Ordinal));
    }
}

/// "The film" after "an adventure film about…" is that unnamed film, not the only film the article names later
/// (judged 2026-12-07: "the Indian studio involved in the film Romancing The Stone").
public sealed class TheFilmNotYetNamedTests
{
    [Fact]
    public void Generate_TheFilmAfterAnUnnamedFilm_NotNamedAsALaterOne()
    {
        var drafts = OneArticle.Drafts(
            "Douglas set for Indian adventure",
            "Actor Michael Douglas is to co-produce and star in an adventure film about a diamond robbery set in India.",
            "Aishwarya Rai, star of Bride and Prejudice, is the \"preferred choice\" of the Indian studio involved in the film.",
            "Swashbuckling adventure film Romancing The Stone saw Douglas's co-star Kathleen Turner win a Golden Globe award in 1985.");

        Assert.Contains(drafts, d => d.Answer == "Romancing The Stone");
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("the film Romancing The Stone", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TheFilmBeforeTheArticleNamesOne_NotNamed()
    {
        var drafts = OneArticle.Drafts(
            "Foxx wins praise at premiere",
            "Jamie Foxx has won praise from critics for his performance as the soul singer.",
            "The film was shot in 2003 in New Orleans and Los Angeles with a cast of unknowns.",
            "Director Taylor Hackford made the film Ray with Jamie Foxx after fifteen years of trying.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("The film Ray was shot", StringComparison.Ordinal));
    }
}

/// Titles no kind word introduces (coverage work, 2026-12-07): "her role in Eternal Sunshine of the Spotless Mind",
/// "Bernardo Bertolucci's Last Tango in Paris."
public sealed class UnquotedTitleTests
{
    private static ArticleAnalysis Analyze(params string[] paragraphs) => OneArticle.Analyze("Vera Drake leads UK Oscar hopes", paragraphs);

    [Fact]
    public void Analyze_RoleIn_TitleFound()
    {
        var a = Analyze("Kate Winslet was nominated in the best actress category for her role in Eternal Sunshine of the Spotless Mind.");

        Assert.Contains(a.Works, w => w.Title == "Eternal Sunshine of the Spotless Mind");
    }

    [Fact]
    public void Analyze_DirectorsPossessiveBeforeAPause_TitleFound()
    {
        var a = Analyze(
            "Bernardo Bertolucci has died at the age of 77.",
            "Marlon Brando was nominated for an Oscar for his role in Bernardo Bertolucci's Last Tango in Paris.");

        Assert.Contains(a.Works, w => w.Title == "Last Tango in Paris");
    }

    [Theory]
    [InlineData("In fact Marlon Brando's Academy Award triumph revived his career in the United States.")]
    [InlineData("Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda respectively.")]
    [InlineData("Christina Applegate, who starred in TV comedy Married With Children, had been hoping to make her debut.")]
    [InlineData("The actor, who has appeared in London many times, was nominated for his role in Hollywood epics.")]
    [InlineData("Scarlett Johansson won praise for her role in Girl with a Pearl Earring.")]
    [InlineData("The new film adaptation of Tom Brown's Schooldays will be shown on ITV.")]
    [InlineData("Chelsea manager Jose Mourinho said the title race was not over for Jose Mourinho's Chelsea.")]
    public void Analyze_NoTitleThere_NoneMadeUp(string sentence)
    {
        var a = Analyze(sentence);

        Assert.DoesNotContain(a.Works, w => w.Title is "Academy Award" or "Closer and Hotel Rwanda" or "TV" or "London" or "Hollywood" or "Girl" or "Schooldays" or "Chelsea");
    }
}

/// "since" that dates itself (coverage work, 2026-12-07).
public sealed class SinceTests
{
    [Theory]
    [InlineData("Fill in the blank: Jonathan Sayeed has been MP for Mid-Bedfordshire since _____.")]
    [InlineData("Who has been a virtual recluse since her divorce in 1982?")]
    [InlineData("Fill in the blank: It was the highest figure since records began in _____.")]
    [InlineData("Fill in the blank: _____ has scored nine goals since joining Chelsea from Porto.")]
    public void LeaningWord_SinceThatDatesItself_NotLeaning(string stem)
    {
        Assert.Null(QuestionRanker.LeaningWord(stem));
    }

    [Theory]
    [InlineData("Fill in the blank: _____ has since then starred in films such as Enigma.")]
    [InlineData("Fill in the blank: He has been critical of _____ since the Spaniard took over at the club.")]
    [InlineData("Fill in the blank: _____ has not played since injuring his bicep in training.")]
    public void LeaningWord_SinceWithoutADate_StillLeaning(string stem)
    {
        Assert.Equal("since", QuestionRanker.LeaningWord(stem));
    }
}

/// Hints on multiple choice rule out two of four, never three (judged 2026-12-07: "Between 30 and 39" among 20, 30,
/// 40 and 60 gave the answer away).
public sealed class ChoiceHintTests
{
    private static Draft Draft(AnswerType type, string answer) =>
        new("blank", new Fact("f", "a", "sentence", answer, "appears in", "s", "s"), "In the story “x”, fill in the blank: _____ of women earn more.", answer, type, [answer], 0.5, 0, "s", new HashSet<string>());

    [Theory]
    [InlineData(AnswerType.Number, "30", new[] { "20", "30", "40", "60" }, "Less than 35")]
    [InlineData(AnswerType.Number, "40", new[] { "20", "30", "40", "60" }, "More than 35")]
    [InlineData(AnswerType.Number, "10", new[] { "8", "9", "10", "25" }, "At least 10")]
    [InlineData(AnswerType.Year, "2005", new[] { "1998", "1999", "2005", "2011" }, "After 2000")]
    public void ChoiceHint_PlainHintWouldSingleOut_RulesOutTwo(AnswerType type, string answer, string[] choices, string expected)
    {
        Assert.Equal(expected, QuestionRanker.ChoiceHint(Draft(type, answer), choices));
    }

    [Fact]
    public void ChoiceHint_DecadeSharedByOtherChoices_PlainHint()
    {
        Assert.Equal("The 2000s", QuestionRanker.ChoiceHint(Draft(AnswerType.Year, "2003"), ["1998", "2002", "2003", "2005"]));
    }

    [Fact]
    public void ChoiceHint_DecadeOfAllFour_RulesOutTwo()
    {
        // "Between 0 and 9" among 2, 3, 4 and 5 rules nothing out (judged AT, 2026-12-08).
        Assert.Equal("At most 3", QuestionRanker.ChoiceHint(Draft(AnswerType.Number, "3"), ["2", "3", "4", "5"]));
        Assert.Equal("2003 or later", QuestionRanker.ChoiceHint(Draft(AnswerType.Year, "2003"), ["2001", "2002", "2003", "2005"]));
    }

    [Fact]
    public void Build_TheArticlesLatestYear_Typed()
    {
        // Its choices could only come before it (never after the story): the last of four would give it away.
        var kb = OneArticle.Build(
            "New York rockers top talent poll",
            "New York band The Bravery have been named the most promising new act of 2005 in a BBC poll of music critics.",
            "Singer Sam Endicott said he felt \"great\" about coming top of the Sound of 2005 list.");

        var latest = kb.Questions.Where(q => q.Answer == "2005").ToList();
        Assert.NotEmpty(latest);
        Assert.All(latest, q => Assert.Equal(QuestionKind.FreeAnswer, q.Kind));
    }
}

/// Context words used in a sense that points nowhere (coverage work, 2026-12-07): "9 shares each", "too many", "has
/// yet to", "instead of"; and "again" that comes out of the stem like "also".
public sealed class GenericContextWordTests
{
    [Theory]
    [InlineData("Fill in the blank: More than 800,000 applicants got _____ shares each for 205 riyals apiece.")]
    [InlineData("Fill in the blank: Of the 15 million that are swapped for newer models each year, only _____% get returned.")]
    [InlineData("Fill in the blank: _____ thinks there are just too many televised gatherings of stars.")]
    [InlineData("Fill in the blank: _____ has yet to decide the line-up for Meltdown, which begins on 11 June.")]
    [InlineData("Fill in the blank: Mourinho had promised to pick _____ for the final instead of first-choice keeper Petr Cech.")]
    [InlineData("Fill in the blank: _____ has reached the final despite four previous defeats at Wimbledon.")]
    [InlineData("Fill in the blank: Without further ado, Gavin Henson slotted the kick that ended 12 years of waiting in _____.")]
    [InlineData("Fill in the blank: Oliver Letwin said the UK could not compete with other countries without the _____ tax cuts he was promising.")]
    [InlineData("Fill in the blank: Output grew 11.5% in 2004, down from _____% the previous year.")]
    public void LeaningWord_GenericSense_NotLeaning(string stem)
    {
        Assert.Null(QuestionRanker.LeaningWord(stem));
    }

    [Fact]
    public void LeaningWord_ThePreviousYearBesideAYearsBlank_NotLeaningOnlyForAYear()
    {
        const string stem = "Fill in the blank: Globally, 167 million mobile phones were sold in the third quarter of _____, 26% more than the previous year.";

        Assert.Null(QuestionRanker.LeaningWord(stem, yearBlank: true));
        Assert.Equal("the previous", QuestionRanker.LeaningWord(stem));
    }

    [Theory]
    [InlineData("Fill in the blank: He, too, was arrested in _____ on Tuesday.", "too")]
    [InlineData("Fill in the blank: _____ too has been arrested by the police.", "too")]
    [InlineData("Fill in the blank: Each received _____ for the work.", "Each")]
    [InlineData("Fill in the blank: _____ gave each of them a signed copy of the album.", "each")]
    [InlineData("Fill in the blank: Text messaging is set to smash more records in _____ too, said the MDA.", "too")]
    [InlineData("Fill in the blank: _____ released yet another album of covers in the spring.", "yet")]
    [InlineData("Fill in the blank: _____ will sing with Bono instead.", "instead")]
    [InlineData("Fill in the blank: _____ scored a further two goals in the second half.", "further")]
    [InlineData("Fill in the blank: Two other films by _____ were shown at the Berlin cinema.", "other")]
    [InlineData("Fill in the blank: Sales were _____ units, up 26% on the previous year.", "the previous")]
    [InlineData("Fill in the blank: _____ had seen previous bids rejected by the club.", "previous")]
    public void LeaningWord_PointsBack_StillLeaning(string stem, string word)
    {
        Assert.Equal(word, QuestionRanker.LeaningWord(stem));
    }

    [Theory]
    [InlineData("Fill in the blank: Roger Federer again got the better of Hewitt in the _____.", "Fill in the blank: Roger Federer got the better of Hewitt in the _____.")]
    [InlineData("Fill in the blank: _____ topped the chart once again.", "Fill in the blank: _____ topped the chart.")]
    [InlineData("Fill in the blank: _____ played it again and again.", "Fill in the blank: _____ played it again and again.")]
    public void DropAlso_Again_ComesOut(string stem, string expected)
    {
        Assert.Equal(expected, StemCleaner.DropAlso(stem));
    }
}

/// Counts a player can read off the stem (judged 2026-12-07).
public sealed class ObviousCountTests
{
    private static KnowledgeBase Build(string title, string sentence) => OneArticle.BuildIn("business", title, sentence);

    [Fact]
    public void Build_CountOfAListThatEndsAtAComma_NotServed()
    {
        var kb = Build("Microsoft plans 'safer ID' system", "Microsoft's two previous programs, Passport and Hailstorm, aimed to protect users but were criticised by privacy groups.");

        Assert.Contains(kb.Questions, q => q.Answer == "2");
        Assert.DoesNotContain(kb.Served, q => q.Answer == "2");
    }

    [Fact]
    public void Build_NineOutOfTen_NotServed()
    {
        var kb = Build("Courts 'not needed' for access", "Between 15,000 and 20,000 couples go to court over access each year, although in nine out of 10 separations there is no court intervention at all.");

        Assert.Contains(kb.Questions, q => q.Answer == "10");
        Assert.DoesNotContain(kb.Served, q => q.Answer == "10");
    }
}

/// Stock phrases with "again" stay whole (review, 2026-12-07).
public sealed class AgainPhraseTests
{
    [Theory]
    [InlineData("Fill in the blank: _____ has scored time and again this season.")]
    [InlineData("Fill in the blank: _____ played it over and over again.")]
    public void DropAlso_StockPhrase_Kept(string stem)
    {
        Assert.Equal(stem, StemCleaner.DropAlso(stem));
    }
}
