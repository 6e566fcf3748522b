using TriviaBot.Knowledge.Answers;

namespace TriviaBot.Knowledge.Tests.Answers;

public class AnswerNormalizerTests
{
    [Theory]
    [InlineData("Dunder MIFFLIN", "dunder mifflin")]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("Straße", "strasse")]
    [InlineData("  Jim   Halpert \t", "jim halpert")]
    [InlineData("Michael's", "michaels")]
    [InlineData("U.S.A.", "usa")]
    [InlineData("twenty-five", "twenty five")]
    [InlineData("Tom & Jerry", "tom and jerry")]
    [InlineData("AT&T", "at and t")]
    [InlineData("1,000", "1000")]
    [InlineData("3.14", "3.14")]
    [InlineData("Hello, world!", "hello world")]
    public void Normalize_Text_FoldsCaseDiacriticsPunctuationAndSpaces(string input, string expected) =>
        Assert.Equal(expected, AnswerNormalizer.Normalize(input));

    [Theory]
    [InlineData("The Office", "office")]
    [InlineData("A Few Good Men", "few good men")]
    [InlineData("An Apple", "apple")]
    public void Normalize_LeadingArticle_IsDropped(string input, string expected) =>
        Assert.Equal(expected, AnswerNormalizer.Normalize(input));

    [Theory]
    [InlineData("The", "the")]
    [InlineData("A", "a")]
    [InlineData("Theodore", "theodore")]
    public void Normalize_ArticleAlone_IsKept(string input, string expected) =>
        Assert.Equal(expected, AnswerNormalizer.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Normalize_NothingToCompare_ReturnsEmpty(string input) =>
        Assert.Equal(string.Empty, AnswerNormalizer.Normalize(input));
}
