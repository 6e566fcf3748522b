using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// "Who said it?" drafts from small hand-written articles.
public sealed class WhoSaidTests
{
    private static List<Draft> WhoSaid(params string[] paragraphs) =>
        DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", "Title", "entertainment/x.txt", paragraphs)))
            .Drafts.Where(d => d.Generator == "who-said").ToList();

    [Fact]
    public void Generate_NamedSpeakerSelfContainedQuote_Drafted()
    {
        var drafts = WhoSaid("\"Everyone in our crew cried at the end of a very long day in Scranton,\" said actor John Krasinski.");

        Assert.Equal("John Krasinski", Assert.Single(drafts).Answer);
    }

    [Fact]
    public void Generate_QuoteWithUnexplainedPronoun_NotDrafted()
    {
        var drafts = WhoSaid("\"We know he was at Florida State University for a period of time,\" said actor John Krasinski.");

        Assert.Empty(drafts);
    }

    [Fact]
    public void Generate_QuoteStartingWithConjunction_NotDrafted()
    {
        var drafts = WhoSaid("\"And the whole crew cried at the end of a very long day,\" said actor John Krasinski.");

        Assert.Empty(drafts);
    }

    [Fact]
    public void Generate_QuoteNamingItsOwnSpeaker_NotDrafted()
    {
        var drafts = WhoSaid(
            "Singer Michael Stipe told fans the band would return.",
            "\"Obviously we all want Michael to get better and play the shows again soon,\" he said.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Michael Stipe");
    }

    [Fact]
    public void Generate_PronounAfterAnotherManIsNamed_NotDrafted()
    {
        // "he" follows a mention of Peter Jackson, but the man shown speaking is Tom Smith: too unclear to ask.
        var drafts = WhoSaid(
            "Producer Tom Smith said the film was nearly finished.",
            "Director Peter Jackson has already started on the sequel.",
            "\"Our studio has never backed a project of this size before,\" he said.");

        Assert.Empty(drafts);
    }

    [Fact]
    public void Generate_PronounForPersonNotShownSpeaking_NotDrafted()
    {
        var drafts = WhoSaid(
            "Producer Tom Smith has bought the rights to the novel.",
            "\"Our studio has never backed a project of such size as Titanic before,\" he said.");

        Assert.Empty(drafts);
    }

    [Fact]
    public void Generate_PronounContinuingNamedSpeaker_Drafted()
    {
        var drafts = WhoSaid(
            "\"Our studio has never backed a project of such size as Titanic before,\" said producer Tom Smith.",
            "\"Everyone on the crew worked extremely hard on Titanic,\" he added.");

        Assert.Equal(2, drafts.Count(d => d.Answer == "Tom Smith"));
    }

    [Fact]
    public void Generate_PronounForUnknownGenderName_NotDrafted()
    {
        var drafts = WhoSaid(
            "\"Our studio has never backed a project of such size as Titanic before,\" said producer Shogo Tomiyama.",
            "\"Everyone on the crew worked extremely hard on Titanic,\" he added.");

        Assert.Single(drafts);
    }

    [Fact]
    public void Generate_BareQuoteRightAfterNamedQuote_DraftedForSameSpeaker()
    {
        var drafts = WhoSaid(
            "Producer Tom Smith said: \"Our studio has never backed a project of such size as Titanic before.\" \"Everyone on the crew worked extremely hard on Titanic.\"");

        Assert.Contains(drafts, d => d.Answer == "Tom Smith" && d.Prompt.Contains("Everyone on the crew", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_BareQuoteTwoSentencesAfterNamedQuote_NotDrafted()
    {
        var drafts = WhoSaid(
            "Producer Tom Smith said: \"Our studio has never backed a project of such size as Titanic before.\" The film opens in May. \"Everyone on the crew worked extremely hard on Titanic.\"");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Everyone on the crew", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NewspaperQuoted_NotASpeaker()
    {
        var drafts = WhoSaid(
            "French actor Gerard Depardieu has had a run of flops.",
            "\"A famous name is no longer enough to guarantee the success of a film,\" said Le Figaro newspaper.");

        Assert.DoesNotContain(drafts, d => d.Answer.Contains("Figaro", StringComparison.Ordinal));
    }
}

public sealed class AttributionEdgeTests
{
    private static List<(string Text, string Speaker)> QuotesOf(params string[] paragraphs) =>
        ArticleAnalyzer.Analyze(new Article("id", "Title", "entertainment/x.txt", paragraphs)).Quotes.Select(q => (q.Text, q.Speaker.FullName)).ToList();

    [Fact]
    public void Analyze_NameAfterQuoteFullStop_NotTheSpeaker()
    {
        var quotes = QuotesOf(
            "Critics Bob Strauss and Dave Karger gave their views on the ceremony.",
            "Mr Strauss doubted it, but added: \"I'm all for lower ratings though - there are far more important things going on.\" Mr Karger said the comic might boost younger viewers.");

        Assert.DoesNotContain(quotes, q => q.Speaker == "Dave Karger");
    }

    [Fact]
    public void Analyze_FilmTitleBeforeRole_NotTheSpeaker()
    {
        var quotes = QuotesOf("\"It has been the most wonderful year of my whole career,\" said Vera Drake star Imelda Staunton.");

        Assert.DoesNotContain(quotes, q => q.Speaker == "Vera Drake");
    }
}

public sealed class SubjectWhoEdgeTests
{
    private static List<Draft> Drafts(params string[] paragraphs) =>
        DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", "Title", "entertainment/x.txt", paragraphs))).Drafts;

    [Fact]
    public void Generate_RoleThatIsNoLineOfWork_AsksWho()
    {
        var drafts = Drafts("Urban music champion Ras Kwame is host of 100% Homegrown on Radio 1's digital station 1Xtra.");

        Assert.DoesNotContain(drafts, d => d.Prompt.StartsWith("Which champion", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_BandSharingSurname_NotExpandedToPerson()
    {
        var drafts = Drafts(
            "The book tells the story of Linda Kasabian, who gave evidence at the trial.",
            "Indie dance band Kasabian built up a cult following throughout 2004 to secure three Brit Award nominations.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("band Linda Kasabian", StringComparison.Ordinal));
    }
}

/// Which quotes are asked at all: one that names nothing is any choice's.
public sealed class WhoSaidQuoteChoiceTests
{
    private static List<Draft> WhoSaid(params string[] paragraphs) =>
        DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", "Title", "entertainment/x.txt", paragraphs)))
            .Drafts.Where(d => d.Generator == "who-said").ToList();

    [Fact]
    public void Generate_QuoteThatNamesNothing_NotDrafted()
    {
        // "I'm very thrilled for the film": any winner of the night could have said it (judges: 3 of 11 such fair).
        var drafts = WhoSaid("\"I'm very thrilled for the film and all the people who worked with me,\" said designer Sandy Powell.");

        Assert.Empty(drafts);
    }

    [Theory]
    [InlineData("I started the group with Mark ten years ago.", true)]
    [InlineData("There needs to be more European bands.", true)]
    [InlineData("Everyone would be incredibly surprised if he didn't win.", false)]
    [InlineData("I'm glad. I think it went well.", false)]
    [InlineData("It went well - Really well.", false)]
    public void QuoteNamesSomething_CapitalisedWordInsideASentence(string quote, bool expected)
    {
        Assert.Equal(expected, DraftGenerator.QuoteNamesSomething(quote));
    }
}
