using TriviaBot.Knowledge.Nlp;

namespace TriviaBot.Knowledge.Tests.Nlp;

/// Quote attribution, driven through <see cref="ArticleAnalyzer.Analyze"/> on small hand-written articles.
public sealed class QuoteFinderTests
{
    private static List<(string Text, string Speaker)> QuotesOf(params string[] paragraphs) =>
        ArticleAnalyzer.Analyze(new Article("id", "Title", "x.txt", paragraphs))
            .Quotes.Select(q => (q.Text, q.Speaker.FullName)).ToList();

    private static string SpeakerOf(string quoteStart, params string[] paragraphs)
    {
        var quotes = QuotesOf(paragraphs);
        var match = quotes.Where(q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal)).ToList();
        Assert.True(match.Count == 1, $"expected one quote starting \"{quoteStart}\"; found: {string.Join(" | ", quotes.Select(q => $"{q.Speaker}: {q.Text}"))}");
        return match[0].Speaker;
    }

    private const string Intro = "Actor John Krasinski met actress Jenna Fischer at the studio in 2005.";

    [Fact]
    public void Analyze_QuoteCommaSpeakerSaid_AttributesToSpeaker()
    {
        var speaker = SpeakerOf("It was the best job", Intro, "\"It was the best job I ever had,\" Fischer said.");

        Assert.Equal("Jenna Fischer", speaker);
    }

    [Fact]
    public void Analyze_QuoteCommaSaidSpeaker_AttributesToSpeaker()
    {
        var speaker = SpeakerOf("It was the best job", Intro, "\"It was the best job I ever had,\" said Krasinski.");

        Assert.Equal("John Krasinski", speaker);
    }

    [Fact]
    public void Analyze_SpeakerSaidColonQuote_AttributesToSpeaker()
    {
        var speaker = SpeakerOf("It was the best job", Intro, "Fischer said: \"It was the best job I ever had.\"");

        Assert.Equal("Jenna Fischer", speaker);
    }

    [Fact]
    public void Analyze_SpeakerAgreedSayingQuote_AttributesToSpeaker()
    {
        var speaker = SpeakerOf("I remember feeling very alone", Intro, "Fischer agreed, saying, \u201cI remember feeling very alone in the parking lot.\u201d");

        Assert.Equal("Jenna Fischer", speaker);
    }

    [Fact]
    public void Analyze_AccordingToSpeakerQuote_AttributesToSpeaker()
    {
        var speaker = SpeakerOf("The whole crew cried", Intro, "According to Krasinski, \"The whole crew cried at the end of the day.\"");

        Assert.Equal("John Krasinski", speaker);
    }

    [Fact]
    public void Analyze_SplitQuote_GivesBothPartsToSpeaker()
    {
        var quotes = QuotesOf(Intro, "\u201cIt was a long day on set,\u201d Krasinski said. \u201cWe were all exhausted by the evening.\u201d");

        Assert.Equal(
            [("It was a long day on set.", "John Krasinski"), ("We were all exhausted by the evening.", "John Krasinski")],
            quotes.Select(q => (q.Text.TrimEnd(',', '.') + ".", q.Speaker)).ToList());
    }

    [Fact]
    public void Analyze_SpeakerAdmittedToListeners_AttributesToSpeakerNotListeners()
    {
        var speaker = SpeakerOf(
            "I remember genuinely being",
            "John Krasinski joined Jenna Fischer and Angela Kinsey on their podcast.",
            "\"I remember genuinely being extremely nervous,\" Krasinski admitted to Fischer and Kinsey.");

        Assert.Equal("John Krasinski", speaker);
    }

    [Fact]
    public void Analyze_SpeakerToldOutletColonQuote_AttributesToSpeakerNotOutlet()
    {
        var speaker = SpeakerOf("I never expected the show", Intro, "Fischer told Metro: \"I never expected the show to last this long.\"");

        Assert.Equal("Jenna Fischer", speaker);
    }

    [Fact]
    public void Analyze_SheSaid_ResolvesToNearestEarlierWomanOutsideQuotes()
    {
        var speaker = SpeakerOf(
            "It was the scene we worked",
            "Jenna Fischer met director Ken Kwapis before filming began.",
            "\"It was the scene we worked hardest on,\" she said.");

        Assert.Equal("Jenna Fischer", speaker);
    }

    [Fact]
    public void Analyze_SheSaidAfterManNamedInsideQuote_IgnoresNamesInsideQuotes()
    {
        var speaker = SpeakerOf(
            "It was the scene we worked",
            "Jenna Fischer joined the cast in 2005.",
            "Her audition script included the line \"Mary Smith is my best friend in the world.\"",
            "\"It was the scene we worked hardest on,\" she said.");

        Assert.Equal("Jenna Fischer", speaker);
    }

    [Fact]
    public void Analyze_QuotedEpisodeTitle_IsNotSpeech()
    {
        var quotes = QuotesOf(Intro, "The kiss happened in the Season 2 finale, \"Casino Night.\" Krasinski said it was a turning point.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Analyze_ScareQuoteFragment_IsNotSpeech()
    {
        var quotes = QuotesOf(Intro, "Fischer said the director deemed them both \"off-the-charts nervous\" and \"one kiss more experienced\" than usual.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Analyze_ArticleWithSingleQuote_FindsThatQuote()
    {
        var quotes = QuotesOf(
            "The singer Adele won three awards at the ceremony in London on Tuesday.",
            "\"I am so grateful to everyone who voted for me,\" Adele said.",
            "The ceremony was watched by eight million people.");

        Assert.Equal(("I am so grateful to everyone who voted for me.", "Adele"), Assert.Single(quotes));
    }

    [Fact]
    public void Analyze_SurnameOnlySpeaker_ResolvesToFullName()
    {
        var speaker = SpeakerOf(
            "We had no idea",
            "The film starred Nicole Kidman and Ewan McGregor.",
            "\"We had no idea it would be such a success,\" McGregor said.");

        Assert.Equal("Ewan McGregor", speaker);
    }

    [Fact]
    public void Analyze_SurnameOnlySpeakerWithUnlistedGivenName_ResolvesToFullName()
    {
        var speaker = SpeakerOf(
            "We had no idea",
            "The film starred Nicole Kidman and was directed by Baz Luhrmann.",
            "\"We had no idea it would be such a success,\" Luhrmann said.");

        Assert.Equal("Baz Luhrmann", speaker);
    }

    [Fact]
    public void Analyze_SaidPossessiveRoleName_AttributesToNamedPerson()
    {
        var speaker = SpeakerOf(
            "She is very happy",
            "Nicole Kidman has married the singer Keith Urban in Sydney.",
            "\"She is very happy and wants privacy,\" said Kidman's publicist Wendy Day.");

        Assert.Equal("Wendy Day", speaker);
    }

    [Fact]
    public void Analyze_AttributionRunningIntoNextQuote_DoesNotClaimThePreviousOne()
    {
        var quotes = ArticleAnalyzer.Analyze(new Article("id", "Title", "x.txt",
        [
            "Actress Angela Kinsey hosted the show with actress Jenna Fischer.",
            "Fischer agreed, saying, \"I remember feeling very alone in the parking lot.\" She later added, \"People always ask about the kiss.\"",
        ])).Quotes;

        var first = quotes.Single(q => q.Text.StartsWith("I remember feeling", StringComparison.Ordinal));
        Assert.Equal("S V, Q", first.Pattern);
        Assert.True(first.Confidence >= 0.9, $"confidence {first.Confidence}");
    }
}
