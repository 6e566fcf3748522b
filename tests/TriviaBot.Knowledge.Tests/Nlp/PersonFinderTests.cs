using TriviaBot.Knowledge.Nlp;

namespace TriviaBot.Knowledge.Tests.Nlp;

/// Who counts as a person, and which mentions point at them.
public sealed class PersonFinderTests
{
    private static ArticleAnalysis Analyze(params string[] paragraphs) =>
        ArticleAnalyzer.Analyze(new Article("id", "Title", "x.txt", paragraphs));

    private static IEnumerable<string> People(params string[] paragraphs) => Analyze(paragraphs).Persons.Select(p => p.FullName);

    [Fact]
    public void Analyze_RoleWordsBeforeName_PersonStartsAtGivenName()
    {
        Assert.Contains("Pete Mitchell", People("Virgin Radio DJ Pete Mitchell picked the song of the year."));
    }

    [Fact]
    public void Analyze_OrganisationThatSays_IsNotAPerson()
    {
        var people = People("\"Aid is arriving,\" World Food Programme said on Monday.", "Director Tony Banbury welcomed it.");

        Assert.DoesNotContain("World Food Programme", people);
    }

    [Fact]
    public void Analyze_AcronymInRun_IsNotAPerson()
    {
        Assert.DoesNotContain(People("Analysts said T. SBC was growing fast."), p => p.Contains("SBC", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_FamilyNamedBySurname_IsNotAMentionOfThePerson()
    {
        var a = Analyze("Anil Ambani runs the group.", "The Ambani family controls 48% of the group.");

        Assert.Empty(a.Mentions[1]);
    }

    [Fact]
    public void Analyze_HonorificAndSurnameWithoutFullName_IsAPerson()
    {
        Assert.Contains("Mr Brown", People("Mr Brown told MPs the budget was fair."));
    }

    [Fact]
    public void Analyze_HonorificSurnameAfterFullName_MentionsTheFullName()
    {
        var a = Analyze("Chancellor Gordon Brown spoke first.", "Mr Brown said the budget was fair.");

        Assert.Contains(a.Mentions[1], m => m.Person.FullName == "Gordon Brown");
    }

    [Fact]
    public void Analyze_ObjectPronoun_DoesNotResolveToItsOwnClauseSubject()
    {
        var a = Analyze("Jenna Fischer recalled that director Ken Kwapis deemed her nervous.");
        var her = a.Mentions[0].Single(m => m.Pronoun);

        Assert.Equal("Jenna Fischer", her.Person.FullName);
    }

    [Fact]
    public void Analyze_PronounInLeadingClause_ResolvesForwardToMainSubject()
    {
        var a = Analyze("Emily Blunt smiled.", "When he got his casting call, John Krasinski said he jumped on a couch.");
        var he = a.Mentions[1].First(m => m.Pronoun);

        Assert.Equal("John Krasinski", he.Person.FullName);
    }

    [Fact]
    public void Analyze_NameThatIsAlsoAFilmTitle_IsMarkedAsWork()
    {
        var a = Analyze("Mike Leigh's drama Vera Drake won the prize.", "Vera Drake was also nominated abroad.");

        Assert.True(a.Persons.Single(p => p.FullName == "Vera Drake").IsWorkTitle);
    }

    [Theory]
    [InlineData("South West teenage singing sensation, Joss Stone, has been nominated in three categories.", "Ms Stone is due to perform at the ceremony.", "Joss Stone")]
    [InlineData("BBC Two controller Roly Keating described the channel as the natural home of the show.", "Mr Keating said it would reach younger viewers.", "Roly Keating")]
    [InlineData("However, chief executive Bill Gammell cautioned that more work was needed.", "Mr Gammell is a former Scottish international rugby player.", "Bill Gammell")]
    public void Analyze_TitledSurname_FindsTheFullNameTheListsDidNotKnow(string first, string second, string full)
    {
        var a = Analyze(first, second);

        Assert.Equal([full], a.Persons.Select(p => p.FullName));
        Assert.Contains(a.Mentions[1], m => m.Person.FullName == full);
    }

    [Theory]
    // An outlet, a run of three capitalised words, a sentence's opening word: no given name.
    [InlineData("The band were praised by Rolling Stone magazine.", "Ms Stone said she was delighted.")]
    [InlineData("The New York Stone Company was sold.", "Ms Stone said she was delighted.")]
    [InlineData("Stone figures were found at the site.", "Ms Stone said she was delighted.")]
    public void Analyze_TitledSurname_NoFullNameGuessedFromOtherCapitals(string first, string second)
    {
        Assert.Equal(["Ms Stone"], People(first, second));
    }

    [Fact]
    public void Analyze_TitledSurname_TakesTheQuotedNicknameItGoesBy()
    {
        var a = Analyze("Rap mogul Marion \"Suge\" Knight has been arrested for violating his parole.", "Mr Knight, founder of Death Row Records, was stopped by police.");

        Assert.Contains("Suge Knight", a.Persons.Select(p => p.FullName));
        Assert.Contains(a.Mentions[1], m => m.Person.FullName == "Suge Knight");
    }
}
