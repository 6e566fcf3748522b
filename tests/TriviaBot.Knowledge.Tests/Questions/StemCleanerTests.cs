using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

public sealed class StemCleanerTests
{
    [Theory]
    [InlineData("Who purchased two copies of the single in Edinburgh on Friday?", "Who purchased two copies of the single in Edinburgh?")]
    [InlineData("Who quit the show over bullying earlier this week?", "Who quit the show over bullying?")]
    [InlineData("Who signed a new contract, yesterday?", "Who signed a new contract?")]
    public void RemoveRelativeTime_PhraseEndingTheStem_IsRemoved(string stem, string expected)
    {
        Assert.Equal(expected, StemCleaner.RemoveRelativeTime(stem));
    }

    [Theory]
    [InlineData("Which film, with five nominations last week, entered in eighth place?")]
    [InlineData("Who yesterday signed a new contract?")]
    public void RemoveRelativeTime_PhraseInsideTheStem_IsLeftForTheRanker(string stem)
    {
        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }

    [Fact]
    public void RemoveRelativeTime_PossessiveTime_IsLeftForTheRankerToReject()
    {
        const string stem = "Which film won at this year's festival?";

        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }

    [Fact]
    public void RemoveRelativeTime_StemWithoutRelativeTime_IsUnchanged()
    {
        const string stem = "Which director deemed both Jenna Fischer and John Krasinski nervous?";

        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }
}
