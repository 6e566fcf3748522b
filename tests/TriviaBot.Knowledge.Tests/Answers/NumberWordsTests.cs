using TriviaBot.Knowledge.Answers;

namespace TriviaBot.Knowledge.Tests.Answers;

public class NumberWordsTests
{
    [Theory]
    [InlineData("twenty-five", 25)]
    [InlineData("twenty five", 25)]
    [InlineData("Twenty-Five", 25)]
    [InlineData("zero", 0)]
    [InlineData("nineteen", 19)]
    [InlineData("one hundred and five", 105)]
    [InlineData("one hundred five", 105)]
    [InlineData("a hundred", 100)]
    [InlineData("two thousand and five", 2005)]
    [InlineData("one million two hundred thousand", 1_200_000)]
    [InlineData("nineteen sixty-nine", 1969)]
    [InlineData("twenty twenty-one", 2021)]
    public void TryParse_CardinalWords_ReturnsValue(string text, long expected)
    {
        Assert.True(NumberWords.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("twenty-fifth", 25)]
    [InlineData("first", 1)]
    [InlineData("twelfth", 12)]
    [InlineData("twentieth", 20)]
    [InlineData("one hundredth", 100)]
    public void TryParse_OrdinalWords_ReturnsValue(string text, long expected)
    {
        Assert.True(NumberWords.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("25", 25)]
    [InlineData("1,000", 1000)]
    [InlineData("12,345,678", 12_345_678)]
    [InlineData("25th", 25)]
    [InlineData("1st", 1)]
    [InlineData("-7", -7)]
    public void TryParse_Digits_ReturnsValue(string text, long expected)
    {
        Assert.True(NumberWords.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("chair")]
    [InlineData("five twenty")]
    [InlineData("twenty and five")]
    [InlineData("first second")]
    [InlineData("1,00")]
    [InlineData("3.14")]
    [InlineData("zero zero")]
    public void TryParse_NotANumber_ReturnsFalse(string text) =>
        Assert.False(NumberWords.TryParse(text, out _));

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(7, "seven")]
    [InlineData(25, "twenty-five")]
    [InlineData(105, "one hundred five")]
    [InlineData(1969, "one thousand nine hundred sixty-nine")]
    [InlineData(1_000_000, "one million")]
    [InlineData(-3, "minus three")]
    public void ToWords_Number_SpellsItOut(long n, string expected) =>
        Assert.Equal(expected, NumberWords.ToWords(n));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(999)]
    [InlineData(1_234_567)]
    [InlineData(long.MaxValue)]
    public void ToWords_ThenTryParse_RoundTrips(long n)
    {
        Assert.True(NumberWords.TryParse(NumberWords.ToWords(n), out var value));
        Assert.Equal(n, value);
    }
}
