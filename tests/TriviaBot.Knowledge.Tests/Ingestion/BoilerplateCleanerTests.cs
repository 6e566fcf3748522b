using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Knowledge.Tests.Ingestion;

public sealed class BoilerplateCleanerTests
{
    [Theory]
    [InlineData("Michael Tran/FilmMagic/Getty Images")]
    [InlineData("M. Tran/FilmMagic/Getty Images")]
    [InlineData("Photo: Jane Doe")]
    [InlineData("Credit: Reuters")]
    [InlineData("(Photo by Kevin Winter/Getty Images)")]
    [InlineData("Image source, Getty Images")]
    [InlineData("Getty Images")]
    [InlineData("AP Photo/Evan Vucci")]
    public void CleanLine_PhotoCredit_Removed(string line) => Assert.Equal(string.Empty, BoilerplateCleaner.CleanLine(line));

    [Theory]
    [InlineData("Originally Published:")]
    [InlineData("Originally Published: March 3, 2020")]
    [InlineData("This article was originally published on")]
    [InlineData("This article was originally published onbusiness")]
    [InlineData("This article was originally published on Elite Daily.")]
    public void CleanLine_OriginallyPublished_Removed(string line) => Assert.Equal(string.Empty, BoilerplateCleaner.CleanLine(line));

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("Tweet")]
    [InlineData("Pin it")]
    [InlineData("Copy link")]
    [InlineData("Share")]
    [InlineData("Share | Tweet | Pin it | Email")]
    public void CleanLine_ShareWidget_Removed(string line) => Assert.Equal(string.Empty, BoilerplateCleaner.CleanLine(line));

    [Theory]
    [InlineData("— Jenna Fischer (@jennafischer) March 3, 2020")]
    [InlineData("We did it! pic.twitter.com/AbC123 — Jenna Fischer (@jennafischer) March 3, 2020")]
    [InlineData("pic.twitter.com/AbC123")]
    public void CleanLine_EmbeddedTweet_Removed(string line) => Assert.Equal(string.Empty, BoilerplateCleaner.CleanLine(line));

    [Theory]
    [InlineData("GettyImages-1234567890")]
    [InlineData("IMG_1234.jpg")]
    [InlineData("image1234")]
    public void CleanLine_ImageId_Removed(string line) => Assert.Equal(string.Empty, BoilerplateCleaner.CleanLine(line));

    [Fact]
    public void CleanLine_CreditGluedAfterSentence_KeepsSentence() =>
        Assert.Equal("That was the perfect kiss.", BoilerplateCleaner.CleanLine("That was the perfect kiss. M. Tran/FilmMagic/Getty Images"));

    [Fact]
    public void CleanLine_OriginallyPublishedGluedToLastSentence_KeepsSentence() =>
        Assert.Equal("I need to rewatch it.", BoilerplateCleaner.CleanLine("I need to rewatch it. This article was originally published onbusiness"));

    [Fact]
    public void CleanLine_PhotoByInParentheses_RemovedFromSentence() =>
        Assert.Equal("The cast reunited on Sunday.", BoilerplateCleaner.CleanLine("The cast reunited on Sunday. (Photo by Kevin Winter/Getty Images)"));

    [Fact]
    public void CleanLine_OriginallyPublishedStampBeforeText_KeepsText() =>
        Assert.Equal("The show returns.", BoilerplateCleaner.CleanLine("Originally Published: March 3, 2020 The show returns."));

    [Theory]
    [InlineData("Getty Images reported record revenue this year.")]
    [InlineData("She shared a photo of the cast on Instagram.")]
    [InlineData("Share prices fell sharply on Monday.")]
    [InlineData("The credit card company raised its fees.")]
    [InlineData("He tweeted his support and/or sympathy.")]
    [InlineData("Fans can share this moment forever, she said.")]
    public void CleanLine_RealSentence_Kept(string line) => Assert.Equal(line, BoilerplateCleaner.CleanLine(line));

    [Fact]
    public void Clean_ShortLineRepeated_RemovedEverywhere()
    {
        var cleaned = BoilerplateCleaner.Clean(["Sign up for our newsletter", "First paragraph.", "Sign up for our newsletter", "Second paragraph."]);

        Assert.Equal(["First paragraph.", "Second paragraph."], cleaned);
    }

    [Fact]
    public void Clean_CreditLineInsideParagraph_DropsOnlyThatLine()
    {
        var cleaned = BoilerplateCleaner.Clean(["Michael Tran/FilmMagic/Getty Images\nYou'd think kisses would be easy."]);

        Assert.Equal("You'd think kisses would be easy.", Assert.Single(cleaned));
    }

    [Fact]
    public void Clean_CurlyQuotes_Preserved()
    {
        var cleaned = BoilerplateCleaner.Clean(["“Hey,” she said — it’s fine."]);

        Assert.Equal("“Hey,” she said — it’s fine.", Assert.Single(cleaned));
    }
}
