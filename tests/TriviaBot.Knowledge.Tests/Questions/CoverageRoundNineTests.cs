using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Coverage and fairness work, 2026-12-07 thirteenth session: a story's lead sentence asked without its headline,
/// "that" clauses the story does not tell as fact, and a family's name in the stem.
public sealed class CoverageRoundNineTests
{
    private const string Headline = "Elton plays Paris charity concert";
    private const string Lead = "Sir Elton John has performed at a special concert in Paris to raise money for the victims of the Asian tsunami.";

    [Fact]
    public void LeadSentence_ServedWithoutAHeadline_WhenTheHeadlineGivesTheAnswerAway()
    {
        // A news story's first sentence is written to stand alone; the headline names the answer, so it can't be shown.
        var kb = OneArticle.Build(Headline, Lead, "The singer played for more than two hours.");

        Assert.Contains(kb.Served, q => q.Answer == "Elton John" && q.Prompt == "Fill in the blank: Sir _____ has performed at a special concert in Paris to raise money for the victims of the Asian tsunami.");
    }

    [Fact]
    public void LaterSentence_StillNeedsItsHeadline()
    {
        // The same sentence after another is told inside a story the player never saw: no headline, not served.
        var kb = OneArticle.Build(Headline, "Tickets for the show sold out within an hour.", Lead);

        Assert.DoesNotContain(kb.Served, q => q.Answer == "Elton John");
    }

    [Theory]
    [InlineData("Frank Arnesen has denied that coach Jacques Santini resigned because of a clash of personalities at White Hart Lane.")]
    [InlineData("There have been suggestions that Arsene Wenger will swoop for a high-quality shot-stopper in the New Year.")]
    [InlineData("Recent rumours have suggested that Charlie Simpson has been wanting to quit the band to focus on Fightstar.")]
    [InlineData("But Larne boss Jimmy McGeough has yet to confirm that Robbie Weir is on his way from Inver Park.")]
    public void ThatClause_OfADenialRumourOrHope_IsNoFactToAskWhoAbout(string sentence)
    {
        var drafts = OneArticle.Drafts("Story", sentence);

        Assert.DoesNotContain(drafts, d => d.Generator == "subject-who" && d.Answer is "Jacques Santini" or "Arsene Wenger" or "Charlie Simpson" or "Robbie Weir");
    }

    [Fact]
    public void ThatClause_OfAReport_IsStillAsked()
    {
        var drafts = OneArticle.Drafts(
            "Busted to take a break",
            "A statement from the record company said that frontman Charlie Simpson planned to spend some time working with his other band, Fightstar.");

        Assert.Contains(drafts, d => d.Generator == "subject-who" && d.Answer == "Charlie Simpson");
    }

    [Theory]
    [InlineData("Fill in the blank: Rock star _____ has said his family will not make any more episodes of reality TV show The Osbournes.", "Ozzy Osbourne", AnswerType.Person)]
    [InlineData("Fill in the blank: Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show _____.", "The Osbournes", AnswerType.Show)]
    public void FamilysNameInTheStem_GivesTheMemberAway(string prompt, string answer, AnswerType type)
    {
        Assert.Equal("answer word in stem", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, type)));
    }

    [Fact]
    public void ShortPluralTitle_NotTakenForAFamilysName()
    {
        // "News" is no family: "new" in the stem gives nothing away (only words of six letters or more count).
        Assert.Null(QuestionRanker.Reject(TestDrafts.Blank(
            "In the story “Channel launches new bulletin”, fill in the blank: The channel's new bulletin, Five _____, will run for an hour each evening.", "News", AnswerType.Show)));
    }

    [Fact]
    public void CapitalOfASmallerCountry_IsAPlaceToAsk()
    {
        var drafts = OneArticle.Drafts(
            "Uganda bans Vagina Monologues",
            "Uganda's authorities have banned the play The Vagina Monologues, due to open in the capital, Kampala this weekend.");

        Assert.Contains(drafts, d => d.Answer == "Kampala" && d.Type == AnswerType.Place);
    }

    [Theory]
    [InlineData("Fill in the blank: _____ has withdrawn $1bn in assets from the US, the Libyan central bank has said.", "Libya")]
    [InlineData("Fill in the blank: Gordon Brown visited slums in the Kenyan capital _____.", "Nairobi")]
    public void NewPlaces_TheirNationalityGivesThemAway(string prompt, string answer)
    {
        Assert.Equal("obvious: the place's nationality or currency is in the question", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Place)));
    }
}
