using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Coverage work, 2026-12-07 fourteenth session: what a story's own event has ("the weekend", "the line-up"), a
/// decision its infinitive names, a kind of film that is no week's chart, and a speaker's report of their own doing.
public sealed class CoverageRoundTenTests
{
    [Theory]
    [InlineData("In the story “Singer misses bail deadline”, which singer will have to spend the weekend in jail because he could not come up with £150,000 bond money for his bail on time?")]
    [InlineData("In the story “Bollywood DVD fraudster is jailed”, fill in the blank: The British Phonographic Industry (BPI) worked for _____ years on the case.")]
    [InlineData("In the story “T in the Park sells out in days”, fill in the blank: The 12th annual T in the Park festival, which takes place at Balado near Kinross in July, sold out just _____ days after the line-up was announced.")]
    public void StorysOwnEvent_IsSaidByTheHeadlineShown(string prompt)
    {
        Assert.Null(QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));

        // Without the headline, which weekend, case or festival is meant is anyone's guess.
        Assert.NotNull(QuestionRanker.LeaningWord(PromptLeads.Core(prompt)));
    }

    [Theory]
    // A case needs a court story; organisers a festival, a gig or a tour.
    [InlineData("In the story “Singer's new album tops chart”, fill in the blank: _____ was questioned by police over the case.", "the case.")]
    [InlineData("In the story “Band splits after 20 years”, fill in the blank: The organisers said _____ had pulled out.", "the organisers")]
    public void StorysOwnEvent_OnlyOfItsKindOfStory(string prompt, string leaning)
    {
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));
    }

    // "The decision to give…" says which decision.
    [Theory]
    [InlineData("Fill in the blank: Wolves chief executive _____ defended the decision to give Glenn Hoddle a short-term contract.", null)]
    [InlineData("Fill in the blank: _____ announced a plan to open a museum in Seattle.", null)]
    // A decision with no infinitive to say which is still an earlier sentence's.
    [InlineData("Fill in the blank: _____ defended the decision at a press conference.", "the decision")]
    // "Box office hits" are a kind of film; "the top of the box office" is a week's chart, which needs a year or a story.
    [InlineData("Who has become an unlikely major star, given his preference for taking dark and idiosyncratic roles instead of surefire box office hits?", null)]
    [InlineData("Fill in the blank: _____ starred in a box office flop in his twenties.", null)]
    [InlineData("Fill in the blank: _____ has returned to the top of the box office with his new comedy.", "an undated box")]
    public void DecisionByItsInfinitive_AndBoxOfficeAsAKindOfFilm_NeedNoEarlierSentence(string prompt, string? leaning)
    {
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt));
    }

    [Theory]
    [InlineData("In the story “Star's film 'absolute disaster'”, fill in the blank: _____ said she received a phone call on 13 February 2003 from a Michael Jackson associate, Marc Schaffel.", true)]
    [InlineData("In the story “Singer backs anti-gun song”, fill in the blank: R&B star _____ said she sang on an anti-gun single after being haunted by a shooting.", true)]
    // A feeling, a view, a plan or a claim is anyone's; a witness telling the court is someone nobody introduced.
    [InlineData("In the story “Guantanamo man 'suing government'”, fill in the blank: _____ said he had been in Afghanistan and Pakistan to study Islam.", false)]
    [InlineData("In the story “Star quits film”, fill in the blank: _____ said she hated making Gigli.", false)]
    [InlineData("In the story “Star on trial”, fill in the blank: _____ told the jury she had seen Michael Jackson drinking wine.", false)]
    [InlineData("In the story “Church anger over Bollywood film”, fill in the blank: _____ says he is shocked at the Censor Board's decision to clear the film.", false)]
    [InlineData("In the story “New York rockers top talent poll”, fill in the blank: Singer _____ said he felt \"great\" about coming top of the Sound of 2005 list.", false)]
    [InlineData("In the story “US actor 'found with gun residue'”, fill in the blank: _____ said the residue would have been present if Robert Blake fired a gun that night.", false)]
    public void SpeakersReportOfTheirOwnDoing_IsAFactAboutThem(string prompt, bool fair)
    {
        var reason = QuestionRanker.Reject(TestDrafts.Blank(prompt, "Ann Kite", AnswerType.Person));

        Assert.Equal(fair, reason != "vague: a speaker nobody introduced");
    }

    [Theory]
    [InlineData("In the story “Rocker in on-stage fight”, fill in the blank: Pete Doherty is out on _____ bail and the judge agreed to extend his 2200 GMT curfew deadline by two hours so he could play the Brixton gig.", true)]
    [InlineData("In the story “Aviator 'creator' in Oscars snub”, fill in the blank: Ampas decided to limit the number of producers who could be nominated after Shakespeare in Love's victory in _____ saw five producers collect awards.", true)]
    // What may yet happen is still a hedge.
    [InlineData("In the story “Charity single for quake relief”, fill in the blank: Former Boyzone singer _____ may take part if a studio can be found close to where he is holidaying in Switzerland.", false)]
    [InlineData("In the story “Star's trial”, fill in the blank: _____ could face up to 21 years in prison if convicted.", false)]
    [InlineData("In the story “Bond race hots up”, fill in the blank: _____ is one of several actors who could be cast as James Bond.", false)]
    [InlineData("In the story “Singer's label deal”, fill in the blank: Robbie Williams's deal ends in _____, so he could leave EMI.", false)]
    public void PurposeOrRuleModal_IsNoHedge(string prompt, bool fair)
    {
        var reason = QuestionRanker.Reject(TestDrafts.Blank(prompt, "1999", AnswerType.Year));

        Assert.Equal(fair, reason != "hedged claim");
    }

    [Theory]
    [InlineData("In the story “Hillbillies singer dies”, which musician was best remembered for singing the theme tune to popular US TV show The Beverly Hillbillies?", null)]
    [InlineData("In the story “Hillbillies singer dies”, fill in the blank: The show The Beverly Hillbillies, which told the story of a poor man striking oil and moving to Beverly Hills, ran until _____.", null)]
    [InlineData("In the story “Greer attacks 'bully' Big Brother”, which DJ is the outsider to win Celebrity Big Brother with odds of 40-1?", null)]
    [InlineData("In the story “Bookmakers back Aviator for Oscar”, who is the outsider in the best director category?", null)]
    // An infinitive after "to" names nothing; an outsider without odds is someone named before; so is "this" as an object.
    [InlineData("In the story “Star's vision of Sundance”, who gave the band the chance to play New York?", "the band")]
    [InlineData("In the story “Big win”, which singer was the outsider at the party?", "the outsider")]
    [InlineData("In the story “Bookmakers back Aviator”, fill in the blank: Most bookmakers regard _____ as the outsider.", "the outsider.")]
    [InlineData("In the story “Live 8 line-up grows”, fill in the blank: Bob Geldof asked the band to appear at Live 8 in _____.", "the band")]
    [InlineData("In the story “Star's vision of Sundance”, who knows this and started the Sundance TV Channel in an effort to reach a wider audience?", "this")]
    public void ThemeToANamedShow_StoryOf_BettingOutsider(string prompt, string? leaning)
    {
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));
    }

    [Theory]
    // A star's possessive headline is told with the star's: its other questions can then be asked under it.
    [InlineData("Redford's vision of Sundance", "Star's vision of Sundance")]
    // Not before a title: "Star's Baby scoops top Oscars" reads as a riddle.
    [InlineData("Redford's Baby scoops top Oscars", null)]
    [InlineData("Court rejects Redford's claims", null)]
    public void HeadlineWithoutName_AStarsPossessive(string title, string? expected)
    {
        var a = OneArticle.Analyze(
            title,
            "Robert Redford wanted Sundance to be a platform for independent film-makers.",
            "Robert Redford started the festival in 1981.");

        Assert.Equal(expected, DraftGenerator.HeadlineWithoutName(a, "Robert Redford", ["Robert Redford"]));
    }

    [Theory]
    [InlineData("In the story “Little Britain two top comic list”, fill in the blank: Matt Lucas and _____ won numerous awards for Little Britain in 2004.", false)]
    [InlineData("In the story “Aviation firms eye booming India”, fill in the blank: Airbus has signed fresh deals with two Indian airlines - _____ and Kingfisher.", false)]
    [InlineData("In the story “Spark heads world Booker list”, fill in the blank: Ian McEwan and _____ are the only nominees to have won the main Booker Prize.", false)]
    [InlineData("In the story “Guantanamo four questioned”, fill in the blank: Moazzam Begg, _____, Feroz Abbasi and Richard Belmar were held for three years.", false)]
    // A list the stem doesn't say is whole, one it says is partial, and a count of something else are still lists.
    [InlineData("In the story “West End to honour finest shows”, fill in the blank: Pam Ferris, Victoria Hamilton and _____ are nominated for best actress.", true)]
    [InlineData("In the story “Jay-Z becomes label boss”, fill in the blank: Def Jam's four biggest artists include LL Cool J, DMX, _____ and Ashanti.", true)]
    [InlineData("In the story “Big night”, fill in the blank: Kylie Minogue, Robbie Williams and _____ won three awards between them.", true)]
    [InlineData("In the story “Brits shortlist named”, fill in the blank: Keane, Franz Ferdinand and _____ are nominated in three categories.", true)]
    [InlineData("In the story “Wimbledon latest”, fill in the blank: Andy Roddick, Lleyton Hewitt and _____ reached the third round.", true)]
    [InlineData("In the story “Motor show”, fill in the blank: BBC Two presenters Jeremy Clarkson and _____ were in Monaco for filming.", true)]
    [InlineData("In the story “Oscars race”, fill in the blank: Stars Leonardo DiCaprio and _____ are both nominated for acting Oscars.", true)]
    [InlineData("In the story “Festival sells out”, fill in the blank: Oasis, Coldplay and _____ headlined Glastonbury, the only festival to sell out in hours.", true)]
    public void ListTheStemSaysIsWhole_IsNoGuess(string prompt, bool list)
    {
        Assert.Equal(list, QuestionRanker.Reject(TestDrafts.Blank(prompt, "David Walliams", AnswerType.Person)) is "a name blank in a list" or "vague: one of several");
    }

    [Theory]
    [InlineData("In the story “Mutant book wins Guardian prize”, fill in the blank: Previous winners include White Teeth by Zadie Smith, in _____, which went on to become a bestseller.", null)]
    [InlineData("In the story “Gallery unveils interactive tree”, fill in the blank: Artists who have decorated the Tate tree in previous years include Tracey Emin in _____.", null)]
    [InlineData("In the story “Franz man seeks government help”, fill in the blank: Previous speakers at the Oxford Union have included former Soviet leader _____.", null)]
    // Winners of what, under a headline that names no prize?
    [InlineData("In the story “Band plays to packed house”, fill in the blank: Previous winners include White Teeth by Zadie Smith, in _____.", "Previous")]
    public void PreviousWinners_OfTheHeadlinesPrize_OrOfTheNamedSeries(string prompt, string? leaning)
    {
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));
    }

    [Fact]
    public void RoleWrittenInCapitals_KeepsThem()
    {
        var drafts = OneArticle.Drafts(
            "Greer attacks 'bully' Big Brother",
            "DJ Lisa I'Anson is the outsider with odds of 40-1 to win the show.",
            "Lisa I'Anson joined the house on Thursday.");

        Assert.Contains(drafts, d => d.Prompt.Contains("which DJ is the outsider", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("which dj", StringComparison.OrdinalIgnoreCase) && !d.Prompt.Contains("which DJ", StringComparison.Ordinal));
    }

    [Fact]
    public void StemOpeningOnAPluralOfACommonWord_IsLowerCasedAfterTheHeadline()
    {
        var drafts = OneArticle.Drafts(
            "Gallery unveils interactive tree",
            "The Tate's tree this year was designed by the artist Michael Craig-Martin.",
            "Artists who have decorated the Tate tree in previous years include Tracey Emin in 2002.");

        Assert.Contains(drafts, d => d.Prompt.Contains("”, artists who have decorated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the story “John Peel replacement show begins”, fill in the blank: The permanent replacement for late DJ John Peel's BBC Radio 1 show goes on air, with _____ hosts chosen to fill the legendary presenter's slot.", null)]
    // Another line of work, or politics, where "the prime minister" is not the Tory leader named before.
    [InlineData("In the story “Film wins prize”, fill in the blank: Director Mike Leigh praised the singer's voice in _____.", "the singer's")]
    [InlineData("In the story “Row over report”, fill in the blank: Tory leader Michael Howard accused the prime minister and _____ of squabbling.", "the prime")]
    public void RoleDescribingSomeoneTheStemNamed_OfTheSameLineOfWork(string prompt, string? leaning)
    {
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));
    }

    [Fact]
    public void CountryAfterItsTownsComma_IsObvious()
    {
        var prompt = "In the story “Elvis fans hold birthday bash”, fill in the blank: A special exhibition of memorabilia is on display in Bonn, _____.";

        Assert.Equal("obvious: the place's nationality or currency is in the question", QuestionRanker.Reject(TestDrafts.Blank(prompt, "Germany", AnswerType.Place)));
    }

    [Fact]
    public void ClauseCutAfterABracketedSum_EndsWithAFullStop()
    {
        var drafts = OneArticle.Drafts(
            "Fockers keeps US box office lead",
            "Ocean's Twelve took sixth place in the US chart with $5.4m (£2.8m), but it led the non-US chart at the weekend, according to Hollywood Reporter, with an estimated $17.7m (£9.4m) and total takings of $137m (£73m).");

        Assert.Contains(drafts, d => d.Answer == "$5.4m" && d.Prompt.EndsWith("took sixth place in the US chart with _____.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the story “Actor sues over movie 'injury'”, fill in the blank: Bruce Willis said he was hit in the head by a firework during the filming of _____.", null)]
    [InlineData("In the story “Low-budget film wins Cesar”, fill in the blank: L'Esquive earned a Cesar prize for its young star, the 18-year-old _____.", null)]
    [InlineData("In the story “Band Aid retains number one spot”, fill in the blank: Do They Know It's Christmas held off _____ to remain the week's biggest single.", null)]
    [InlineData("In the story “Lit Idol begins search for author”, which writer is among the judges who will hear aspiring writers read their work aloud?", null)]
    // A head coach, a Brazilian midfielder of 31 and judges a comma sets apart are still someone's earlier.
    [InlineData("In the story “Lions pick coach”, fill in the blank: _____ was the head coach in 2001.", "the head")]
    [InlineData("In the story “Mexicans tracking unhappy Juninho”, fill in the blank: Agent _____ insists that the 31-year-old Brazilian midfielder is determined to win back his place.", "the 31-year-old")]
    [InlineData("In the story “Lit Idol begins search for author”, which writer is among the judges, who will hear aspiring writers read their work aloud?", "the judges")]
    public void BodyPartsAChartsWeekANamedAgeAndJudgesWho(string prompt, string? leaning)
    {
        Assert.Equal(leaning, QuestionRanker.LeaningWord(prompt, PromptLeads.Title(prompt)));
    }

    [Fact]
    public void NewBeforeACapital_OpensAName_AndKeepsItsCapital()
    {
        var drafts = OneArticle.Drafts(
            "Campbell to be Lions consultant",
            "Alastair Campbell will work with the British and Irish Lions on their new tour of New Zealand.",
            "New Zealander Graham Henry was the head coach in 2001.");

        Assert.Contains(drafts, d => d.Prompt.Contains("New Zealander Graham Henry", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("new Zealander", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Indian television channels are refusing to run the promotional material for the film, Sins, ahead of its release on Friday.", "Sins")]
    [InlineData("The Manics' seventh studio album, Lifeblood, features a song dedicated to Edwards.", "Lifeblood")]
    public void TitleInAppositionClosedByAComma_IsAWork(string sentence, string title)
    {
        var a = OneArticle.Analyze("Church anger over Bollywood film", sentence);

        Assert.Contains(a.Works, w => w.Title == title);
    }
}
