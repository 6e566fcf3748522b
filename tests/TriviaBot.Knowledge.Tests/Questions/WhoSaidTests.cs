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
        var drafts = WhoSaid("\"The whole crew cried at the end of a very long day,\" said actor John Krasinski.");

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
            "\"The studio has never backed a project of this size before,\" he said.");

        Assert.Empty(drafts);
    }

    [Fact]
    public void Generate_PronounForPersonNotShownSpeaking_NotDrafted()
    {
        var drafts = WhoSaid(
            "Producer Tom Smith has bought the rights to the novel.",
            "\"The studio has never backed a project of such size before,\" he said.");

        Assert.Empty(drafts);
    }

    [Fact]
    public void Generate_PronounContinuingNamedSpeaker_Drafted()
    {
        var drafts = WhoSaid(
            "\"The studio has never backed a project of such size before,\" said producer Tom Smith.",
            "\"Everyone on the crew worked extremely hard on the film,\" he added.");

        Assert.Equal(2, drafts.Count(d => d.Answer == "Tom Smith"));
    }

    [Fact]
    public void Generate_PronounForUnknownGenderName_NotDrafted()
    {
        var drafts = WhoSaid(
            "\"The studio has never backed a project of such size before,\" said producer Shogo Tomiyama.",
            "\"Everyone on the crew worked extremely hard on the film,\" he added.");

        Assert.Single(drafts);
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
