using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

public sealed class MaskSpeakerTests
{
    [Fact]
    public void MaskSpeaker_QuoteNamingItsSpeaker_HidesEveryNameForm()
    {
        var masked = DraftGenerator.MaskSpeaker("I'm John, and Krasinski is a funny name, says John Krasinski.", new Person("John Krasinski", 0));

        Assert.DoesNotContain("John", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Krasinski", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskSpeaker_NameInsideAnotherWord_IsKept()
    {
        var masked = DraftGenerator.MaskSpeaker("Johnson was there.", new Person("John Smith", 0));

        Assert.Equal("Johnson was there.", masked);
    }
}
