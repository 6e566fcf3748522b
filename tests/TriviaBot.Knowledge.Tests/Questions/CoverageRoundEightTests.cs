using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Coverage work, 2026-12-07 twelfth session: long sentences asked without their trailing clause, and rejections
/// that took a self-contained stem for one that leans on earlier sentences.
public sealed class CoverageRoundEightTests
{
    [Fact]
    public void LongSentence_AskedWithoutItsTrailingRelativeClause()
    {
        // 35 words: too long to ask whole, but what comes before ", who played Emilia…" is a sentence of its own.
        var drafts = OneArticle.Drafts(
            "The Producers scoops stage awards",
            "Dame Judi Dench, who starred in All's Well That Ends Well at the Gielgud, lost out in the best supporting role category to Amanda Harris, who played Emilia in Othello for the Royal Shakespeare Company.");

        Assert.Contains(drafts, d => d.Answer == "Judi Dench" && d.Prompt.EndsWith("lost out in the best supporting role category to Amanda Harris.", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Emilia", StringComparison.Ordinal));
    }

    [Fact]
    public void LongSentence_NotCutWhereTheClauseGoesBackToItsSubjectsVerb()
    {
        // The last ", whose…" clause ends before "is in the running": cut there, "while costume designer Alexandra Byrne"
        // would have no verb.
        var drafts = OneArticle.Drafts(
            "Vera Drake leads UK Oscar hopes",
            "Gemma Jackson, who has also worked on Bridget Jones's Diary and Iris, is up for art direction while costume designer Alexandra Byrne, whose previous films have included Captain Corelli's Mandolin and Elizabeth, is in the running.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("costume designer _____.", StringComparison.Ordinal) || d.Prompt.Contains("costume designer Alexandra Byrne.", StringComparison.Ordinal));
    }

    [Fact]
    public void LongSentence_NotCutInsideAThatClause()
    {
        // ", with its ability…, may not be viewed": a comma after the dropped part, so no cut ("…noted that a foreign
        // company trying to take control of a Chinese internet portal firm." says nothing).
        var drafts = OneArticle.Drafts(
            "China's Shanda buys stake in Sina",
            "However, analyst Wallace Cheung noted that a foreign company trying to take control of a Chinese internet portal firm, with its ability to filter and pass on news, may not be viewed very favourably by Beijing.");

        Assert.DoesNotContain(drafts, d => d.Prompt.EndsWith("internet portal firm.", StringComparison.Ordinal));
    }

    [Fact]
    public void SentenceOpeningOnTheLastOnesClosingQuote_AskedWithoutIt()
    {
        var drafts = OneArticle.Drafts(
            "Actor set for Berlin honour",
            "' Day-Lewis has competed four times at the Berlin Film Festival, with films In The Name Of The Father and The Crucible.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("blank: '", StringComparison.Ordinal));
    }

    [Theory]
    // The idiom for the most nominated.
    [InlineData("In the story “Bafta to hand out movie honours”, fill in the blank: Hollywood blockbuster The Aviator, starring DiCaprio, leads the field with _____ nominations, including best movie.", "14", AnswerType.Number)]
    // "film" describes the critic's line of work; it points at no film.
    [InlineData("In the story “Vera Drake's Bafta triumph hope”, fill in the blank: The Guardian's film critic _____ felt that there \"might well be\" a sweep of awards for Vera Drake.", "Peter Bradshaw", AnswerType.Person)]
    // There is one first of anything; the work named says which year's chart.
    [InlineData("Fill in the blank: Dame _____ is among three British authors who have made the shortlist for the inaugural international Booker Prize.", "Muriel Spark", AnswerType.Person)]
    [InlineData("Fill in the blank: Film star _____ has returned to the top of the North American box office with his film Hide and Seek.", "Robert De Niro", AnswerType.Person)]
    // The work noun describes the chart; the ordinal says of what; the headline names the list, and the show.
    [InlineData("In the story “Brits return Keane to number one”, fill in the blank: Brits success has helped return Keane's award-winning album _____ back to the top of the UK album chart.", "Hopes and Fears", AnswerType.Name)]
    [InlineData("In the story “Brits return Keane to number one”, fill in the blank: Elvis' Wooden Heart, which entered the chart at number two, is the sixth in a series of _____ reissues to mark the 70th anniversary of Presley's birth.", "18", AnswerType.Number)]
    [InlineData("In the story “Little Britain two top comic list”, fill in the blank: Newcomers to the annual list included Nighty Night star _____ at seven and Black Books' Tamsin Greig at 19.", "Julia Davis", AnswerType.Person)]
    [InlineData("In the story “Star evicted from Big Brother”, fill in the blank: _____ joined the Channel 4 show as a surprise for Brigitte Nielsen.", "Jackie Stallone", AnswerType.Person)]
    public void NotLeaningOnEarlierSentences(string prompt, string answer, AnswerType type)
    {
        Assert.NotEqual("vague: leans on earlier sentences", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, type)));
    }

    [Theory]
    // Still which field, which film, which year's chart.
    [InlineData("In the story “Bafta to hand out movie honours”, fill in the blank: The Aviator has a clear lead in the field with _____ nominations.", "14", AnswerType.Number)]
    [InlineData("In the story “Vera Drake's Bafta triumph hope”, fill in the blank: The Guardian's film was praised by _____.", "Peter Bradshaw", AnswerType.Person)]
    [InlineData("Fill in the blank: Film star _____ has returned to the top of the North American box office.", "Robert De Niro", AnswerType.Person)]
    [InlineData("In the story “Brits return Keane to number one”, fill in the blank: _____ is the sixth to top the chart this year.", "Keane", AnswerType.Person)]
    [InlineData("In the story “Little Britain two top comic list”, fill in the blank: Newcomers to the annual poll included Nighty Night star _____ at seven.", "Julia Davis", AnswerType.Person)]
    [InlineData("In the story “Star evicted from Big Brother”, fill in the blank: _____ joined the Channel 4 film as a surprise for Brigitte Nielsen.", "Jackie Stallone", AnswerType.Person)]
    [InlineData("In the story “Star writing Simpsons episode”, fill in the blank: The first series won two Golden Globes in 2004 for best comedy and best TV actor for _____.", "Ricky Gervais", AnswerType.Person)]
    public void StillLeaningOnEarlierSentences(string prompt, string answer, AnswerType type)
    {
        Assert.Equal("vague: leans on earlier sentences", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, type)));
    }

    [Fact]
    public void StoryQuestions_AskedUnderTheHeadlineWithoutItsSubject_WhenTheSubjectIsAnAnswer()
    {
        // "Which prime minister purchased…?" is asked under "Prime Minister buys copies…": the story's other questions
        // are too, or each would show "Blair" to a player asked who bought them.
        var drafts = OneArticle.Drafts(
            "Blair buys copies of new Band Aid",
            "Prime Minister Tony Blair purchased two copies of the charity single Band Aid 20 in Edinburgh.",
            "The song We Are The World was written by Lionel Richie and Michael Jackson, with Quincy Jones as producer.");

        Assert.Contains(drafts, d => d.Answer == "Tony Blair" && d.Prompt.StartsWith("In the story “Prime Minister buys copies of new Band Aid”", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Answer == "Edinburgh" && d.Prompt.StartsWith("In the story “Prime Minister buys copies of new Band Aid”", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("“Blair buys", StringComparison.Ordinal));
    }

    [Fact]
    public void StoryQuestions_BothServed_WhenTheHeadlineNoLongerGivesTheSubjectAway()
    {
        // Under "Stallone evicted…" the question on McCririck would show the answer to "who has become the first star
        // to be evicted?": one of the two was served. Under "Star evicted…" both are.
        var kb = OneArticle.Build(
            "Stallone evicted from Big Brother",
            "Jackie Stallone, mother of actor Sylvester, has become the first star to be evicted from Celebrity Big Brother.",
            "She and John McCririck faced the public vote on Friday - 67% of people voted to keep the racing pundit in the house.",
            "But McCririck has made some enemies with his outspoken views about women.");

        Assert.Contains(kb.Served, q => q.Answer == "Jackie Stallone" && q.Prompt.StartsWith("In the story “Star evicted from Big Brother”", StringComparison.Ordinal));
        Assert.Contains(kb.Served, q => q.Answer == "John McCririck" && q.Prompt.StartsWith("In the story “Star evicted from Big Brother”", StringComparison.Ordinal));
    }

    [Fact]
    public void StoryQuestions_OutsideEntertainment_KeepTheNamedHeadline()
    {
        // "Prime Minister…", "Boss…", "Captain…" leave too many people the answer: judged unfair outside entertainment.
        var kb = OneArticle.BuildIn(
            "politics",
            "Blair buys copies of new Band Aid",
            "Prime Minister Tony Blair purchased two copies of the charity single Band Aid 20 in Edinburgh.",
            "The song We Are The World was written by Lionel Richie and Michael Jackson, with Quincy Jones as producer.");

        Assert.Contains(kb.Questions, q => q.Answer == "Lionel Richie" && q.Prompt.StartsWith("In the story “Blair buys copies of new Band Aid”", StringComparison.Ordinal));
    }

    [Theory]
    // The name describes the work after it: its maker's line of work owns the work instead.
    [InlineData("De Niro film leads US box office", "Film star Robert De Niro has returned to the top of the North American box office with his film Hide and Seek.", "Robert De Niro", "Star's film leads US box office")]
    [InlineData("Court halts Mark Morrison album", "Record company boss Kevin Campbell has gained a court injunction stopping R&B singer Mark Morrison from releasing an album.", "Mark Morrison", "Court halts singer's album")]
    public void HeadlineWithoutName_NameBeforeAWork_ItsMakersRoleOwnsIt(string title, string sentence, string answer, string expected)
    {
        var a = OneArticle.Analyze(title, sentence, sentence);

        Assert.Equal(expected, DraftGenerator.HeadlineWithoutName(a, answer, [answer]));
    }

    [Fact]
    public void HeadlineWithoutName_APlaywrightsPlay_NoStar()
    {
        // "Bennett play takes theatre prizes": Alan Bennett, given no role, is no star; a play is a writer's.
        var a = OneArticle.Analyze(
            "Bennett play takes theatre prizes",
            "The History Boys by Alan Bennett has been named best new play in the Critics' Circle Theatre Awards.",
            "Alan Bennett was at the ceremony in London on Tuesday.");

        Assert.Null(DraftGenerator.HeadlineWithoutName(a, "Alan Bennett", ["Alan Bennett"]));
    }

    [Theory]
    [InlineData("In the story “Leader attacks 'pay later' Budget”, fill in the blank: Tory leader _____ has dismissed Gordon Brown's Budget as \"vote now, pay later\" spending plans.", "Michael Howard")]
    [InlineData("In the story “Hague's six-figure earnings shown”, which Tory leader's only fresh entry is a Christmas hamper from the Sultan of Brunei?", "Michael Howard")]
    [InlineData("In the story “Blair defends terror law changes”, fill in the blank: Liberal Democrat leader _____ said some concessions had already been offered by the government.", "Charles Kennedy")]
    [InlineData("In the story “Kennedy looks to election gains”, fill in the blank: As Tory leader _____ kicked off his election campaign, the Lib Dem leader Charles Kennedy dismissed the Conservatives.", "Michael Howard")]
    public void PartyLeaderBeforeTheBlank_Obvious(string prompt, string answer)
    {
        Assert.Equal("obvious: the leader's title before the blank", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Person)));
    }

    [Theory]
    // Another party's leader named, the blank someone else; a leader of something other than a party.
    [InlineData("In the story “Tories attack burglar 'U-turns'”, fill in the blank: Tory leader Michael Howard has accused _____ of performing U-turns over rules on using force against burglars.", "Tony Blair")]
    [InlineData("In the story “Union anger at pay offer”, fill in the blank: Union leader _____ has rejected the pay offer made to nurses on Tuesday.", "Dave Prentis")]
    public void OtherLeaders_NotObvious(string prompt, string answer)
    {
        Assert.NotEqual("obvious: the leader's title before the blank", QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Person)));
    }

    [Fact]
    public void SumChoices_NoTwoWithinTwoPerCent()
    {
        // Judged (round WW): "$616.7m" and "$617m" were one factor of "$881m" at two precisions, one choice twice.
        var kb = OneArticle.Build(
            "Incredibles win animation awards",
            "Shrek 2 took $881m (£468m) around the world, compared with $576m (£306m) for The Incredibles.",
            "The Incredibles won the top prize at the Annie Awards in Los Angeles on Saturday.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "$881m");
        var values = q.Choices.Select(c => Money.Parse(c)!.Value).Order().ToList();
        Assert.All(values.Zip(values.Skip(1)), p => Assert.True(p.Second - p.First > 0.02 * p.Second, string.Join(", ", q.Choices)));
    }

    [Fact]
    public void HeadlineWithoutName_NoNationalityOfTheSpeaker()
    {
        // "French musician joins fairytale celebration" over a quote whose choices are British gave it away (round WW).
        var a = OneArticle.Analyze(
            "Jarre joins fairytale celebration",
            "French musician Jean-Michel Jarre is to perform at a concert in Copenhagen to mark the bicentennial of the birth of Hans Christian Andersen.",
            "\"Christian Andersen's fairy tales are timeless and universal,\" said Jean-Michel Jarre.");

        Assert.Equal("Musician joins fairytale celebration", DraftGenerator.HeadlineWithoutName(a, "Jean-Michel Jarre", ["Jean-Michel Jarre", "Jarre"]));
    }

    [Theory]
    // Judged (round XX): who told the press is a spokesman nobody can know.
    [InlineData("In the story “Singer 'in gig arrest'”, fill in the blank: Police took witness statements and apprehended Ian Brown at his hotel, _____ said.", true)]
    // The one who said it is the clause's subject: what they said follows.
    [InlineData("In the story “Beastie Boys win sample battle”, fill in the blank: Although Beastie Boys had paid a licence fee for the sample, _____ said his copyright had been infringed.", false)]
    public void BlankAsTheSentencesTrailingSpeaker_NotAsked(string prompt, bool rejected)
    {
        Assert.Equal(rejected, QuestionRanker.Reject(TestDrafts.Blank(prompt, "Paul Smernicki", AnswerType.Person)) == "vague: a speaker nobody introduced");
    }

    [Fact]
    public void NameDescribedAsAWork_NotAskedAsAPerson()
    {
        // Judged (round WW): "who includes text by Paul Stewart…?" of Fergus Crane, a book with a boy's name.
        var drafts = OneArticle.Drafts(
            "Adventure tale tops awards",
            "Young book fans have voted Fergus Crane, a story about a boy who is taken on an adventure by a flying horse, the winner of two Smarties Book Prizes.",
            "Fergus Crane includes text by Paul Stewart and illustrations by Chris Riddell, who also created The Edge Chronicles together.");

        Assert.DoesNotContain(drafts, d => d.Answer == "Fergus Crane" && d.Type == AnswerType.Person);
    }

    // From the review of this session's change (2026-12-07): each of these failed on the code it reviewed.

    [Theory]
    [InlineData("Singer Robbie Williams said that the band had sold more records than any act in the history of the label and that the new album would be released in the spring with a tour of Britain and Europe to follow -")]
    [InlineData("Singer Robbie Williams said that the band had sold more records than any act in the history of the label and that the new album would be released in the spring with a tour of Britain and Europe to follow;")]
    public void LongSentenceEndingOnACut_NoCrash(string sentence)
    {
        var kb = OneArticle.Build("Williams to tour Europe", "Singer Robbie Williams has announced a European tour.", sentence);

        Assert.Empty(kb.Skipped);
        Assert.NotEmpty(kb.Questions);
    }

    [Fact]
    public void OpeningSingleQuote_Kept()
    {
        // Only a detached quote is the last sentence's: "'Thriller' singer…" opens on its own title's quote.
        var drafts = OneArticle.Drafts("Jackson sales record", "'Thriller' singer Michael Jackson sold 20 million copies of the album in the United States.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("blank: Thriller'", StringComparison.Ordinal));
    }

    [Fact]
    public void WhileAsANoun_NoCut()
    {
        var drafts = OneArticle.Drafts(
            "Williams settles in LA",
            "Singer Robbie Williams said he had been living quietly in Los Angeles with his dogs and friends for quite a while the singer told the audience at the Brit Awards ceremony in London on Tuesday night in front of 4,000 fans.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("for quite a.", StringComparison.Ordinal));
    }

    [Fact]
    public void WhileWithASubjectAfterIt_CutsALongSentence()
    {
        var drafts = OneArticle.Drafts(
            "South Bank Awards honour hit soap",
            "Shameless, State Of Play and Clocking Off creator Paul Abbott got a lifetime achievement award while former Grange Hill actress Amma Asante won the breakthrough award for writing and directing her first film, A Way Of Life.");

        Assert.Contains(drafts, d => d.Answer == "Paul Abbott" && d.Prompt.EndsWith("creator _____ got a lifetime achievement award.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Actor De Niro film tops chart", "Film star Robert De Niro has returned to the top of the North American box office with his film Hide and Seek.", "Robert De Niro", "Actor's film tops chart")]
    [InlineData("Applegate's De Niro film tops chart", "Film star Robert De Niro has returned to the top of the North American box office with his film Hide and Seek.", "Robert De Niro", null)]
    public void HeadlineWithoutName_NameBeforeAWork_WhatStandsBeforeTheName(string title, string sentence, string answer, string? expected)
    {
        var a = OneArticle.Analyze(title, sentence, sentence);

        Assert.Equal(expected, DraftGenerator.HeadlineWithoutName(a, answer, [answer]));
    }

    [Theory]
    // "the first <work>" with more after it says which.
    [InlineData("Fill in the blank: Thriller was the first album by a black artist to sell _____ million copies in the United States.", "20", AnswerType.Number, null)]
    [InlineData("In the story “Fans queue for Potter film”, fill in the blank: Thousands queued for the first film _____ when it opened in 2001.", "Harry Potter", AnswerType.Name, null)]
    // "inaugural" far from the event says nothing of it; a best-actor award for a named film is still anyone's year.
    [InlineData("Fill in the blank: She won best actress at the Baftas, weeks after the inaugural address by _____ in Washington.", "George Bush", AnswerType.Person, "an undated award")]
    [InlineData("Fill in the blank: Jamie Foxx won best actor for his film Ray at the _____.", "Oscars", AnswerType.Name, "an undated award")]
    public void ReviewedLeaningRules(string prompt, string answer, AnswerType type, string? leaning)
    {
        var reason = QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, type));
        Assert.Equal(leaning is null, reason != "vague: leans on earlier sentences");
    }

    [Theory]
    [InlineData("In the story “Leader attacks Budget”, fill in the blank: Former Tory leader _____ has dismissed Gordon Brown's Budget.")]
    [InlineData("In the story “Leader attacks Budget”, fill in the blank: Ex-Tory leader _____ has dismissed Gordon Brown's Budget.")]
    [InlineData("In the story “Leader attacks Budget”, fill in the blank: Scottish Labour leader _____ has dismissed Gordon Brown's Budget.")]
    [InlineData("In the story “Leader attacks Budget”, fill in the blank: The Tory leader's deputy, _____, has dismissed Gordon Brown's Budget.")]
    public void FormerOrRegionalPartyLeader_NotObvious(string prompt)
    {
        Assert.NotEqual("obvious: the leader's title before the blank", QuestionRanker.Reject(TestDrafts.Blank(prompt, "Michael Howard", AnswerType.Person)));
    }
}
