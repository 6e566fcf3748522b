using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Sentences the generator used to pass over, asked now without a defect: a long sentence's clauses, "Mr Spector"
/// named in full, "The band…" when the headline says which, time adverbials taken out, abstract "the …" phrases
/// (coverage work, 2026-11-25).
public sealed class MoreBlanksTests
{
    private static List<Draft> Drafts(string title, params string[] paragraphs) =>
        DraftGenerator.Generate(ArticleAnalyzer.Analyze(new Article("id", title, "entertainment/x.txt", paragraphs))).Drafts;

    private static Draft Blank(string prompt, string answer, AnswerType type) =>
        new("blank", new Fact("f", "a", "sentence", answer, "appears in", "s", "s"), prompt, answer, type, [answer], 0.6, 3, "s", Draft.NoExclusions);

    [Fact]
    public void Generate_TitleAndSurname_NamedInFull()
    {
        var drafts = Drafts(
            "Producer faces more legal action",
            "Music producer Phil Spector is facing legal action.",
            "Donna Clarkson, whose daughter was found dead in Mr Spector's home in February 2003, is seeking damages in a civil action.",
            "Ms Clarkson filed the action in Los Angeles.");

        var d = Assert.Single(drafts, d => d.Answer == "Donna Clarkson" && d.Prompt.Contains("February", StringComparison.Ordinal));
        Assert.Contains("found dead in Phil Spector's home in February 2003", d.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Mr ", d.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_TwoPeopleShareTheSurname_TitleKept()
    {
        var drafts = Drafts(
            "Family feud reaches court",
            "Singer Tom Jones and his cousin Stuart Jones met in court.",
            "The court heard that Mr Jones sold the rights to a record label based in Cardiff for a small sum.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Tom Jones sold", StringComparison.Ordinal) || d.Prompt.Contains("Stuart Jones sold", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_LongSentence_EachClauseAskedAlone()
    {
        var drafts = Drafts(
            "Festival unveils its line-up",
            "Singer Beverley Knight will headline the opening night of the festival in Birmingham in the summer; "
            + "the organisers said that veteran soul singer James Brown would close the festival with a two-hour show on the main stage.");

        var d = Assert.Single(drafts, d => d.Answer == "Birmingham");
        Assert.EndsWith("Singer Beverley Knight will headline the opening night of the festival in _____ in the summer.", d.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ClauseWithoutItsOwnSubject_NotAsked()
    {
        var drafts = Drafts(
            "Actress wins stage award",
            "Actress Pam Ferris was praised by the critics for her performance at the Royal Court Theatre in London last spring"
            + " - has made the shortlist for her role in Notes on Falling Leaves, which the judges called a triumph of the season.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Has made the shortlist", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TheBandWhenTheHeadlineSaysWhich_Asked()
    {
        var drafts = Drafts("Rock band U2 break ticket record", "The band will play 24 European gigs, finishing in Lisbon in August.");

        var d = Assert.Single(drafts, d => d.Answer == "Lisbon");
        Assert.Equal("In the story “Rock band U2 break ticket record”, fill in the blank: The band will play 24 European gigs, finishing in _____ in August.", d.Prompt);
    }

    [Fact]
    public void Generate_TheBandWithNothingToSayWhich_NotAsked()
    {
        var drafts = Drafts("Ticket record broken", "The band will play 24 European gigs, finishing in Lisbon in August.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Lisbon");
    }

    [Fact]
    public void Generate_DayOfTheWeek_TakenOut()
    {
        var drafts = Drafts(
            "Singer held after concert fight",
            "Former Stone Roses singer Ian Brown was arrested after a fight during a concert in San Francisco on Tuesday, his spokesman has said.");

        var d = Assert.Single(drafts, d => d.Answer == "Ian Brown");
        Assert.EndsWith("Former Stone Roses singer _____ was arrested after a fight during a concert in San Francisco, his spokesman has said.", d.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_DescribingWordBeforeAName_NotPartOfTheAnswer()
    {
        var drafts = Drafts(
            "Joy Division story to become film",
            "The life of singer Ian Curtis is to be made into a film directed by Dutch-born Anton Corbijn, who has made videos for U2.");

        Assert.DoesNotContain(drafts, d => d.Answer.Contains("Dutch-born", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_QuotedNickname_NotBlanked()
    {
        var drafts = Drafts(
            "Soap death seen by millions",
            "More than 14 million people saw \"Dirty\" Den Watts killed off in the BBC One soap EastEnders in February.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Dirty");
    }

    [Theory]
    [InlineData("Fill in the blank: Arthur Dent, played by _____, begins his voyage following the destruction of the Earth.")]
    [InlineData("Fill in the blank: _____ defended her decision to cast an American actress, despite the fact that Vanity Fair is a British story.")]
    [InlineData("Fill in the blank: With the Lights Out marks the 10th anniversary of the album _____.")]
    public void Reject_AbstractNounMadeDefiniteByWhatFollows_NotLeaning(string prompt)
    {
        Assert.Null(QuestionRanker.Reject(Blank(prompt, "Mira Nair", AnswerType.Person)));
    }

    [Theory]
    [InlineData("Fill in the blank: _____ joined the cast of the film after a call from his agent.", "the cast")]
    [InlineData("Fill in the blank: _____ paid tribute to the late star of the show at a dinner in London.", "the late")]
    public void Reject_ReferringNounFollowedByOf_StillLeaning(string prompt, string leaning)
    {
        Assert.Equal("vague: leans on earlier sentences", QuestionRanker.Reject(Blank(prompt, "Mira Nair", AnswerType.Person)));
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt));
    }
}
