using TriviaBot.Knowledge.Answers;

namespace TriviaBot.Knowledge.Tests.Answers;

public class HintsTests
{
    [Theory]
    [InlineData("Casino Night", "C_____ N____")]
    [InlineData("Scranton, PA", "S_______, P_")]
    [InlineData("Jell-O", "J___-_")]
    [InlineData("2005", "2___")]
    [InlineData("7", "_")]
    public void FirstLetters_Answer_KeepsFirstLetterAndShape(string answer, string expected) =>
        Assert.Equal(expected, Hints.FirstLetters(answer));
}
