using TriviaBot.Knowledge.Answers;

namespace TriviaBot.Knowledge.Tests.Answers;

public class AnswerMatcherTests
{
    private static bool Match(string guess, params string[] accepted) => AnswerMatcher.Default.IsMatch(guess, accepted);

    [Theory]
    [InlineData("dunder mifflin", "Dunder Mifflin")]
    [InlineData("DUNDER MIFFLIN!", "Dunder Mifflin")]
    [InlineData("beyonce", "Beyoncé")]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("office", "The Office")]
    [InlineData("The Office", "office")]
    [InlineData("a few good men", "Few Good Men")]
    [InlineData("Tom and Jerry", "Tom & Jerry")]
    [InlineData("michaels", "Michael's")]
    public void IsMatch_CaseAccentsPunctuationArticles_AreIgnored(string guess, string accepted) =>
        Assert.True(Match(guess, accepted));

    [Theory]
    [InlineData("chair", "air")]
    [InlineData("air", "chair")]
    [InlineData("Jim", "Jim Halpert")]
    [InlineData("Jim Halpert", "Jim")]
    [InlineData("Scranton Pennsylvania", "Scranton")]
    public void IsMatch_SubstringOrSuperstring_DoesNotMatch(string guess, string accepted) =>
        Assert.False(Match(guess, accepted));

    [Fact]
    public void IsMatch_ShortFormListedAsAlias_Matches() =>
        Assert.True(Match("Jim", "Jim Halpert", "Jim"));

    [Theory]
    [InlineData("twenty-five", "25")]
    [InlineData("25", "twenty five")]
    [InlineData("twenty fifth", "25")]
    [InlineData("25th", "twenty-five")]
    [InlineData("1,000", "one thousand")]
    [InlineData("one hundred and five", "105")]
    [InlineData("nineteen sixty-nine", "1969")]
    [InlineData("Apollo 11", "Apollo Eleven")]
    [InlineData("nine", "9")]
    public void IsMatch_NumberWordsAndDigits_AreEqual(string guess, string accepted) =>
        Assert.True(Match(guess, accepted));

    [Theory]
    [InlineData("2006", "2005")]
    [InlineData("twenty six", "25")]
    [InlineData("Apollo 12", "Apollo 11")]
    [InlineData("Catch 23", "Catch-22")]
    public void IsMatch_NumberOffByOne_NeverFuzzy(string guess, string accepted) =>
        Assert.False(Match(guess, accepted));

    [Theory]
    [InlineData("Dwigt", "Dwight")]         // 6 chars: one deletion
    [InlineData("Scrnaton", "Scranton")]    // 8 chars: one transposition
    [InlineData("Krasinki", "Krasinski")]   // 9 chars: one deletion
    [InlineData("Dunder Miflin", "Dunder Mifflin")]
    [InlineData("Dundr Miflin", "Dunder Mifflin")] // 14 chars: two edits
    public void IsMatch_TypoWithinBound_Matches(string guess, string accepted) =>
        Assert.True(Match(guess, accepted));

    [Theory]
    [InlineData("Pem", "Pam")]               // 3 chars: exact only
    [InlineData("Jim!x", "Jimx")]            // punctuation aside, "jim x" vs "jimx" is an edit on a 4-char answer
    [InlineData("Dwiht!", "Dwigth")]         // 6 chars: two edits
    [InlineData("Scrantn Pa", "Scranton")]   // 8 chars: more than one edit
    [InlineData("Dndr Miflin", "Dunder Mifflin")] // 14 chars: three edits
    public void IsMatch_TypoBeyondBound_DoesNotMatch(string guess, string accepted) =>
        Assert.False(Match(guess, accepted));

    [Theory]
    [InlineData("Beatles")]
    [InlineData("The Beatles")]
    public void IsMatch_OptionalLeadingPart_MatchesWithOrWithout(string guess) =>
        Assert.True(Match(guess, "(The) Beatles"));

    [Theory]
    [InlineData("Casino Night")]
    [InlineData("Casino Night episode")]
    [InlineData("casino night (episode)")]
    public void IsMatch_OptionalTrailingPart_MatchesWithOrWithout(string guess) =>
        Assert.True(Match(guess, "Casino Night (episode)"));

    [Fact]
    public void IsMatch_OnlyTheOptionalPart_DoesNotMatch() =>
        Assert.False(Match("episode", "Casino Night (episode)"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void IsMatch_EmptyGuess_NeverMatches(string guess) =>
        Assert.False(Match(guess, "", " ", "?!"));

    [Fact]
    public void IsMatch_NoAcceptedAnswers_DoesNotMatch() =>
        Assert.False(Match("anything"));

    [Fact]
    public void IsMatch_RepeatedCalls_GiveTheSameAnswer()
    {
        string[] accepted = ["(The) Dundies"];
        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(AnswerMatcher.Default.IsMatch("dundies", accepted)));
    }

    [Theory]
    [InlineData("P. L. Travers", "PL Travers")]
    [InlineData("p.l. travers", "PL Travers")]
    [InlineData("J K Rowling", "JK Rowling")]
    public void IsMatch_InitialsWithDotsOrSpaces_Match(string typed, string answer)
    {
        Assert.True(AnswerMatcher.Default.IsMatch(typed, [answer]));
    }

    [Theory]
    [InlineData("John Krasinski", new[] { "John Krasinski", "Krasinski" })]
    [InlineData("Martin Luther King Jr.", new[] { "Martin Luther King Jr.", "Martin Luther King", "Luther King", "King" })]
    [InlineData("Sacha Baron Cohen", new[] { "Sacha Baron Cohen", "Baron Cohen", "Cohen" })]
    [InlineData("Helena Bonham Carter", new[] { "Helena Bonham Carter", "Bonham Carter", "Carter" })]
    [InlineData("Sarah J. Parker", new[] { "Sarah J. Parker", "Parker" })]
    [InlineData("Sammy Davis, Jr.", new[] { "Sammy Davis, Jr.", "Sammy Davis", "Davis" })]
    [InlineData("Ludwig van Beethoven", new[] { "Ludwig van Beethoven", "van Beethoven", "Beethoven" })]
    [InlineData("Madonna", new[] { "Madonna" })]
    // A stage name's common-word tail names nobody: "man" is no answer for Beenie Man.
    [InlineData("Beenie Man", new[] { "Beenie Man" })]
    [InlineData("Dizzee Rascal", new[] { "Dizzee Rascal" })]
    [InlineData("Boy George", new[] { "Boy George" })]
    [InlineData("Kid Rock", new[] { "Kid Rock" })]
    public void PersonAliases_FullName_GivesFullNameAndSurname(string fullName, string[] expected) =>
        Assert.Equal(expected, AnswerMatcher.PersonAliases(fullName));

    [Fact]
    public void PersonAliases_SurnameGuess_MatchesThroughAliases() =>
        Assert.True(Match("krasinski", [.. AnswerMatcher.PersonAliases("John Krasinski")]));
}

public sealed class PersonAliasParticleTests
{
    [Fact]
    public void PersonAliases_CapitalisedParticle_IsPartOfTheSurname()
    {
        var aliases = TriviaBot.Knowledge.Answers.AnswerMatcher.PersonAliases("Robert De Niro");

        Assert.Contains("De Niro", aliases);
        Assert.DoesNotContain("Niro", aliases);
    }

    [Fact]
    public void IsMatch_PersonsNamesInTheOtherOrder_Accepted() =>
        Assert.True(AnswerMatcher.Default.IsMatch("Zhang Yimou", AnswerMatcher.PersonAliases("Yimou Zhang")));

    [Fact]
    public void IsMatch_TitleWordsInTheOtherOrder_NotAccepted() =>
        Assert.False(AnswerMatcher.Default.IsMatch("Night Casino", ["Casino Night"]));
}
