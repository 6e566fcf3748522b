using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

public sealed class StandaloneQuoteTests
{
    [Theory]
    [InlineData("We know he was at Florida State University for a period of time and he did some acting when he was there.")]
    [InlineData("As Chris Rock accurately said, they're about celebrity and fashion.")]
    [InlineData("But unfortunately, he cannot speak English.")]
    [InlineData("And it was the best night of our lives.")]
    [InlineData("This isn't to say there aren't any good American films.")]
    [InlineData("This is not a job to us at all.")]
    [InlineData("I think that is a reflection of how useful the indie philosophy is.")]
    [InlineData("It's very difficult - there are many displaced.")]
    [InlineData("She was a wonderful woman and a great friend.")]
    [InlineData("I have never met anyone quite like her in my life.")]
    [InlineData("This film should be judged on its artistic merit.")]
    [InlineData("We were all very sad to see them go home.")]
    [InlineData("That was the moment I knew we had made it.")]
    [InlineData("We'll stay definitely until Christmas and then maybe a week after that.")]
    [InlineData("The film was made in Wales and it took three years to finish.")]
    [InlineData("The problem simply will not disappear with Buhecha.")]
    [InlineData("I don't think I would take a five or six-year-old to this.")]
    [InlineData("Up until recently I could have sworn Scorsese would get it just for being Scorsese.")]
    public void Defect_QuoteLeaningOnTheArticle_IsReported(string quote)
    {
        Assert.NotNull(StandaloneQuote.Defect(quote));
    }

    [Theory]
    [InlineData("Maybe a fragment should stay.")]
    [InlineData("Totally brilliant.")]
    public void Defect_QuoteUnderSixWords_IsReported(string quote)
    {
        Assert.Equal("quote too short", StandaloneQuote.Defect(quote));
    }

    [Theory]
    [InlineData("On the positive side digital sales are booming across Europe.")]
    [InlineData("It's amazing to see so many incredible homegrown albums in one list.")]
    [InlineData("Bez has wooed the viewers and looks the one to beat, he's kept his nose clean.")]
    [InlineData("Anyone that says they don't want a zillion screaming fans is a jackass, a liar.")]
    [InlineData("I remember genuinely being extremely nervous about the whole thing.")]
    [InlineData("This year's nominees reflect the growing strength of British independent filmmaking.")]
    [InlineData("Our film was made in Wales and the shoot took three years to finish.")]
    [InlineData("I think the production team have done an amazing job.")]
    public void Defect_SelfContainedQuote_IsNull(string quote)
    {
        Assert.Null(StandaloneQuote.Defect(quote));
    }
}

public sealed class LeansOnContextTests
{
    [Theory]
    [InlineData("Which singer planned to release the album through Jet Star?")]
    [InlineData("Who played the character in the 1970s TV series?")]
    [InlineData("Who began writing the book in 1982?")]
    [InlineData("Who did the Institute cite as the year's landmark?")]
    public void LeansOnContext_NounExplainedOnlyFarther_True(string stem)
    {
        Assert.True(QuestionRanker.LeansOnContext(stem));
    }

    [Theory]
    [InlineData("Which actor is stepping into the role of Tom in the Broadway revival of The Glass Menagerie?")]
    [InlineData("Who stars in the film Ray about the life of Ray Charles?")]
    [InlineData("Who has died at the age of 85 in Los Angeles?")]
    [InlineData("Who was made a fellow of the Institute of Directors in 2004?")]
    [InlineData("Who was named best actor by the Arts Council in 2004?")]
    [InlineData("Which singer hit the headlines in May 2004 after a row with his label?")]
    public void LeansOnContext_NounNamedRightAfter_False(string stem)
    {
        Assert.False(QuestionRanker.LeansOnContext(stem));
    }
}

public sealed class LongestStandingPrefixTests
{
    [Fact]
    public void LongestStandingPrefix_LaterSentenceLeans_KeepsOpening()
    {
        var text = StandaloneQuote.LongestStandingPrefix("Bez is a difficult human being and always was. There's something wrong with him. These people are mad.");

        Assert.Equal("Bez is a difficult human being and always was. There's something wrong with him.", text);
    }

    [Fact]
    public void LongestStandingPrefix_OpeningLeans_Null()
    {
        Assert.Null(StandaloneQuote.LongestStandingPrefix("He was a great man and a true friend. We will all miss the music so much."));
    }
}

public sealed class VagueWorkTests
{
    [Theory]
    [InlineData("Which host helped launch the West End show and attended the opening night?", true)]
    [InlineData("Who presented the BBC series about gardens?", true)]
    [InlineData("Who starred in the West End show Billy Elliot?", false)]
    [InlineData("Who won the Booker Prize in 2004?", false)]
    public void LeansOnContext_CapitalisedModifierBeforeAWorkNoun(string stem, bool leans) =>
        Assert.Equal(leans, TriviaBot.Knowledge.Questions.QuestionRanker.LeansOnContext(stem));
}

public sealed class UndatedEventTests
{
    [Theory]
    [InlineData("Fill in the blank: Quirky comedy _____ was named the best film of the year by the Los Angeles Film Critics Association awards.", true)]
    [InlineData("Fill in the blank: Rounding out the top five was animated fable The Polar Express, starring _____.", true)]
    [InlineData("Work began on the box set in what year?", true)]
    [InlineData("Fill in the blank: _____ won the best actress Oscar in 2005 for Million Dollar Baby.", false)]
    [InlineData("Ray won the Oscar for best sound in what year?", false)]
    [InlineData("Which film topped the US box office in 2004?", false)]
    public void LeansOnContext_RecurringEventNeedsAYear(string stem, bool leans) =>
        Assert.Equal(leans, TriviaBot.Knowledge.Questions.QuestionRanker.LeansOnContext(stem));
}
