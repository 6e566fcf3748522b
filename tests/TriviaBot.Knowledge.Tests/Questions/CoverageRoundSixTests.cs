namespace TriviaBot.Knowledge.Tests.Questions;

/// Sentences the blank-maker used to drop for a pronoun it could not place, though the sentence itself places it
/// (coverage work, 2026-12-07 tenth session): an "its"/"their" that is the opening name's, a pronoun's word inside a
/// title, a "She" that follows a chain of sure ones; and a person named after a capitalised opening role.
public sealed class CoverageRoundSixTests
{
    [Fact]
    public void Blank_TheirOfTheOpeningName_Asked()
    {
        var drafts = OneArticle.Drafts(
            "Beastie Boys win sample case",
            "The court said the Beastie Boys had paid for the sample they used.",
            "Beastie Boys have won their long-running battle in a New York court over the use of a flute sample.");

        Assert.Contains(drafts, d => d.Answer == "New York" && d.Prompt.Contains("Beastie Boys have won their long-running battle in a _____ court", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_TheirAfterACommonNounOpening_NotTakenForAName()
    {
        // "Injuries" opens the sentence capitalised, but the article never capitalises it elsewhere: no name owns "their".
        var drafts = OneArticle.Drafts(
            "Injury crisis hits England",
            "Injuries have taken their toll and coach Andy Robinson has been deprived of Richard Hill for the match.",
            "Richard Hill was hurt in training at Twickenham on Monday.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Injuries have taken their toll", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_PronounWordsInsideATitle_NotPronouns()
    {
        var drafts = OneArticle.Drafts(
            "Elvis back at number one",
            "Elvis Presley had been number one in the UK singles chart last week.",
            "U2's latest single Sometimes You Can't Make It On Your Own took the top spot in the singles chart, ahead of Elvis Presley.");

        Assert.Contains(drafts, d => d.Answer == "Sometimes You Can't Make It On Your Own");
    }

    [Fact]
    public void Blank_SheAfterAChainOfSureShes_NamedInFull()
    {
        var a = OneArticle.Analyze(
            "Carry On actress Rowlands dies",
            "Actress Patsy Rowlands, known for her roles in the Carry On films, has died at the age of 71.",
            "Rowlands played the hard-done-by wife as a regular Carry On star.",
            "She made her first Carry On film in 1969 where she appeared in Carry On Again Doctor.",
            "She also carved out a successful television career, appearing for many years in ITV's comedy Bless This House.");
        var drafts = TriviaBot.Knowledge.Questions.DraftGenerator.Generate(a).Drafts;

        // "Patsy" is in no list of given names: the role opening the sentence says she is someone.
        Assert.NotNull(a.FindPerson("Patsy Rowlands"));
        Assert.Contains(drafts, d => d.Answer == "Bless This House" && d.Prompt.Contains("Patsy Rowlands", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_HeAfterAnUnnamedSubject_NotChainedToTheLastNamedMan()
    {
        // "The 25-year-old" (Wilkinson) is the subject between: "He was replaced as captain" is not Rob Andrew.
        var drafts = OneArticle.Drafts(
            "Wilkinson fit to face Edinburgh",
            "England captain Jonny Wilkinson will make his long-awaited return from injury against Edinburgh on Saturday.",
            "But Newcastle director of rugby Rob Andrew said: \"He's fine and we hope to get him into the game at some stage.\"",
            "The 25-year-old missed England's autumn internationals after aggravating the haematoma in his upper right arm against Saracens.",
            "He was subsequently replaced as England captain by full-back Jason Robinson.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Rob Andrew was", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_SurnameInsideAnotherName_NotExpanded()
    {
        // Gloucester are the "Cherry and Whites": no Jason White's quarter-final.
        var drafts = OneArticle.Drafts(
            "Saint-Andre anger at absent stars",
            "Gloucester have been caught in a conflict after England sought a second opinion on James Simpson-Daniel's fitness, said Jason White.",
            "As a result James Simpson-Daniel misses the Cherry and White's quarter-final at home to Bristol on Sunday.");

        Assert.Contains(drafts, d => d.Answer == "Bristol");
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Jason White's", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Veteran Spaniard Conchita Martinez came from a set down to beat Roberta Vinci in Doha.", "Conchita Martinez")]
    [InlineData("Sprinter Mark Lewis-Francis will not compete in Madrid next month.", "Mark Lewis-Francis")]
    public void Persons_CapitalisedRoleOpeningTheSentence_NamesThePerson(string sentence, string name)
    {
        var a = OneArticle.Analyze("Athletics round-up", sentence);

        Assert.NotNull(a.FindPerson(name));
        Assert.DoesNotContain(a.Persons, p => p.FullName.StartsWith("Spaniard", StringComparison.Ordinal) || p.FullName.StartsWith("Sprinter", StringComparison.Ordinal));
    }

    [Fact]
    public void Persons_RoleWordOpeningATitle_NoPerson()
    {
        var a = OneArticle.Analyze("Housewives lift Channel 4 ratings", "Celebrity Big Brother attracted fewer viewers than its 2002 series.");

        Assert.Empty(a.Persons);
    }
}
