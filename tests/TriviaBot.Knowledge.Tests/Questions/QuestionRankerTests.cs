using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

public sealed class QuestionRankerTests
{
    private static Draft DraftOf(string prompt, string answer = "Ken Kwapis", AnswerType type = AnswerType.Person, params string[] accepted)
    {
        var source = "Director Ken Kwapis deemed both actors nervous before the episode Casino Night.";
        var fact = new Fact("f1", "a1", "action", answer, "deemed", "both actors nervous", source);
        return new Draft("test", fact, prompt, answer, type, accepted.Length > 0 ? accepted : [answer, answer.Split(' ')[^1]], 0.8, 3, source, Draft.NoExclusions);
    }

    [Fact]
    public void Reject_CleanDraft_ReturnsNull()
    {
        Assert.Null(QuestionRanker.Reject(DraftOf("Which director deemed both Jenna Fischer and John Krasinski nervous?")));
    }

    [Fact]
    public void Reject_CleanYearDraft_ReturnsNull()
    {
        Assert.Null(QuestionRanker.Reject(DraftOf("In what year did the American version of The Office premiere on NBC?", "2005", AnswerType.Year)));
    }

    [Fact]
    public void Reject_StemNamingTheUS_IsNotFirstPersonNarration()
    {
        // "US" is the country, not the pronoun "us".
        Assert.Null(QuestionRanker.Reject(DraftOf("In what year did the US version of The Office premiere on NBC?", "2005", AnswerType.Year)));
    }

    [Theory]
    [InlineData("Which director, Ken Kwapis, deemed both actors nervous?")]
    [InlineData("Which director deemed Kwapis's actors nervous on the set?")]
    [InlineData("Which director deemed both actors nervous, according to ken kwapis?")]
    public void Reject_AnswerInStem_ReturnsReason(string prompt)
    {
        Assert.NotNull(QuestionRanker.Reject(DraftOf(prompt)));
    }

    [Fact]
    public void Reject_HedgedClaim_ReturnsReason()
    {
        Assert.NotNull(QuestionRanker.Reject(DraftOf("Which director reportedly deemed both Jenna Fischer and John Krasinski nervous?")));
    }

    [Theory]
    [InlineData("Which director deemed both Jenna Fischer and John Krasinski nervous last year?")]
    [InlineData("Which director deemed both Jenna Fischer and John Krasinski nervous yesterday?")]
    public void Reject_UnanchoredRelativeTime_ReturnsReason(string prompt)
    {
        Assert.NotNull(QuestionRanker.Reject(DraftOf(prompt)));
    }

    [Fact]
    public void Reject_UnbalancedQuotes_ReturnsReason()
    {
        Assert.NotNull(QuestionRanker.Reject(DraftOf("Which director deemed both Jenna Fischer and John Krasinski \u201coff-the-charts nervous?")));
    }

    [Theory]
    [InlineData("Which director deemed both actors nervous, and now I'm crying?")]
    [InlineData("Which director made my heart grow three sizes on the set?")]
    [InlineData("Which director did I meet on the set of The Office?")]
    public void Reject_FirstPersonNarration_ReturnsReason(string prompt)
    {
        Assert.NotNull(QuestionRanker.Reject(DraftOf(prompt)));
    }

    [Fact]
    public void Reject_FirstPersonInsideQuote_ReturnsNull()
    {
        var draft = DraftOf("Who said: \u201cI remember genuinely being extremely nervous.\u201d", "John Krasinski", AnswerType.Speaker);

        Assert.Null(QuestionRanker.Reject(draft));
    }

    [Fact]
    public void Reject_SpeakerNamedInsideQuote_ReturnsReason()
    {
        var draft = DraftOf("Who said: \u201cAs Krasinski, I remember genuinely being extremely nervous.\u201d", "John Krasinski", AnswerType.Speaker);

        Assert.NotNull(QuestionRanker.Reject(draft));
    }
}
