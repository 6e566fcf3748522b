using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// The band a story is about, and the words that stand for it (coverage work, 2026-12-07 eleventh session): "the
/// band", "the group", the "they"/"their" after it. Sentences the blank-maker dropped for a pronoun or a "the band"
/// it could not place are asked with the band's name.
public sealed class CoverageRoundSevenTests
{
    [Fact]
    public void StoryBand_NamedAsABandInAMusicStory()
    {
        var a = OneArticle.Analyze(
            "Hard act to follow for OutKast",
            "US rap duo OutKast's trio of trophies at the MTV Europe Awards crowns a year of success for the band.",
            "Their album sold in large quantities around the world.");

        Assert.Equal("OutKast", a.Band);
    }

    [Fact]
    public void StoryBand_PluralVerbAfterAConjunction()
    {
        var a = OneArticle.Analyze(
            "U2's desire to be number one",
            "The most popular groups in the history of rock, from the Beatles to U2, have several things in common.",
            "And U2 have it in spades, and keep churning out hit singles as the biggest band in the world.");

        Assert.Equal("U2", a.Band);
    }

    [Fact]
    public void StoryBand_NoneWhenTwoNamesAreCalledBands()
    {
        var a = OneArticle.Analyze(
            "Kaiser Chiefs top poll",
            "Leeds group Kaiser Chiefs came fifth in the poll of new music.",
            "Rock band Razorlight were sixth, ahead of the band Keane.");

        Assert.Null(a.Band);
    }

    [Fact]
    public void StoryBand_NoneFromPluralVerbsInAStoryThatSaysNoBand()
    {
        // British English gives teams plural verbs, and sports stories speak of "the group": no band without "band".
        var a = OneArticle.Analyze(
            "England beat Wales",
            "England have won their group with a game to spare after beating Wales at Twickenham.",
            "England have not lost to Wales since 2001, and the group stage ends on Sunday.");

        Assert.Null(a.Band);
    }

    [Fact]
    public void Blank_TheBandNamed()
    {
        var drafts = OneArticle.Drafts(
            "REM announce new Glasgow concert",
            "US rock band REM have announced a new concert in Scotland.",
            "The band were forced to pull out of a concert at the SECC in Glasgow after bassist Mike Mills contracted flu.");

        Assert.Contains(drafts, d => d.Answer == "Mike Mills" && d.Prompt.Contains("REM were forced to pull out of a concert at the SECC in Glasgow", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("The band were forced", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_TheyAfterAnOpeningTimePhrase_TheBandNamed()
    {
        var drafts = OneArticle.Drafts(
            "U2's desire to be number one",
            "And U2 have it in spades, and keep churning out hit singles.",
            "Dick Evans soon dropped out and the four-piece were known as The Feedback before settling on U2.",
            "By 1978, they had won a talent contest and got noticed by a manager, Paul McGuinness.");

        Assert.Contains(drafts, d => d.Answer == "1978" && d.Prompt.Contains("By _____, U2 had won a talent contest", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_TheirAfterTheBandInTheSameClause_Kept()
    {
        var drafts = OneArticle.Drafts(
            "Babyshambles gig halted by fight",
            "Pete Doherty's band Babyshambles played a gig in London on Monday.",
            "Bouncers stepped in and the band left the stage, but returned and finished their performance at the Astoria in London.");

        Assert.Contains(drafts, d => d.Prompt.Contains("Babyshambles left the stage, but returned and finished their performance", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rock band Keane were greeted by the fans in London, and they cheered for Tom Chaplin at the Brixton Academy.", "they")]
    [InlineData("The band thanked their loyal fans, who said they had queued for six hours at the Brixton Academy.", "they")]
    public void BandPronoun_AfterOtherPlurals_NotTheBand(string sentence, string pronoun)
    {
        // "the fans", "their loyal fans" come between the band and the pronoun: it could be theirs.
        var a = OneArticle.Analyze("Keane play London show", "Rock band Keane have sold a million albums with Hopes and Fears.", sentence);
        var s = a.Sentences[1];
        var k = s.Tokens.ToList().FindLastIndex(t => t.Text == pronoun);

        Assert.Equal("Keane", a.Band);
        Assert.False(DraftGenerator.BandPronoun(a, s, 0, k));
    }

    [Fact]
    public void Blank_TheyWhenNoBand_StillDropped()
    {
        // No band in the story: "they" after "Police have charged two men" is nobody the blank-maker can name.
        var drafts = OneArticle.Drafts(
            "Two charged over Hendrix theft",
            "Police have charged two men over the theft of a guitar in Seattle.",
            "By Monday, they had appeared before magistrates at Seattle Municipal Court in Washington.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("had appeared before magistrates", StringComparison.Ordinal));
    }

    [Fact]
    public void StoryBand_NamedBeforeAMembersRole()
    {
        var a = OneArticle.Analyze(
            "Snow Patrol bassist exits group",
            "Mark McClelland had been in the band for more than 10 years, lead singer Gary Lightbody said.",
            "The group, originally from Northern Ireland, has had a hit single with Run.");

        Assert.Equal("Snow Patrol", a.Band);
    }

    [Fact]
    public void StoryBand_OthersNamedInPassing_TheStorysBandKept()
    {
        var a = OneArticle.Analyze(
            "Franz Ferdinand's art school lesson",
            "Scottish rock band Franz Ferdinand, who shot to prominence in 2004, have won two Brit Awards.",
            "Franz Ferdinand have sold stacks of CDs with their debut album.",
            "They lost the Shortlist prize to US band TV on the Radio.",
            "The band met at art school in Glasgow, where Franz Ferdinand played their first gigs.");

        Assert.Equal("Franz Ferdinand", a.Band);
        Assert.Equal(["TV on the Radio"], a.OtherBands);
    }

    [Fact]
    public void Blank_TheBandNextToAnotherBand_NotNamed()
    {
        // "the band" right after a sentence that names TV on the Radio may be theirs.
        var drafts = OneArticle.Drafts(
            "Franz Ferdinand's art school lesson",
            "Scottish rock band Franz Ferdinand, who shot to prominence in 2004, have won two Brit Awards.",
            "Franz Ferdinand have sold stacks of CDs with their debut album.",
            "Franz Ferdinand lost the Shortlist prize to US band TV on the Radio.",
            "The band were formed in 2001 when Alex Kapranos met Nick McCarthy in Glasgow.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Franz Ferdinand were formed", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_TheLineUpOrTheGroupOf_NotTheBand()
    {
        // Most of the corpus's "the line-up" is a festival's; "the group of 200 fans" is no band.
        var drafts = OneArticle.Drafts(
            "Busted fans queue for tickets",
            "Pop band Busted have sold out their tour, and fans queued overnight in London for the band's album signing.",
            "The group of 200 fans waited outside HMV in Oxford Street to meet Charlie Simpson on Monday morning.",
            "The line-up for the festival in Hyde Park also includes Coldplay and Keane, the organisers said.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("Busted of", StringComparison.Ordinal) || d.Prompt.Contains("Busted's line-up", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Henri Yoxall, general manager of British Music Rights, told BBC News schools had been crying out for help.", "Henri Yoxall")]
    [InlineData("Dan Jolin, reviews editor of Empire magazine, says classic TV shows have a built-in audience.", "Dan Jolin")]
    [InlineData("The Osbournes had been celebrating the birthday of Sir Elton John at a party in London.", "Elton John")]
    [InlineData("Jennifer Lopez sang a duet with her third husband Marc Anthony at the Grammy awards.", "Marc Anthony")]
    public void Person_NamedOnceWithATitleARelationOrARoleInApposition_Reliable(string sentence, string name)
    {
        var a = OneArticle.Analyze("Stars at charity night", sentence);

        Assert.True(a.FindPerson(name)?.IsReliable, name);
    }

    [Fact]
    public void Person_NamedOnceWithNothingToSaySo_NotReliable()
    {
        // A capitalised pair with no role, title, relation, verb or second mention may be a firm or a place.
        var a = OneArticle.Analyze("Stars at charity night", "The party at Morgan Stanley was attended by 300 guests from London.");

        Assert.False(a.FindPerson("Morgan Stanley")?.IsReliable ?? false);
    }

    [Fact]
    public void RoleWho_OrganisationRunningIntoTheVerb_NotAsked()
    {
        var drafts = OneArticle.Drafts(
            "Straw to attend Auschwitz service",
            "Prince Harry should see the results of the symbol he chose to wear, Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center said.");

        Assert.DoesNotContain(drafts, d => d.Generator == "role-who" && d.Prompt.Contains("said?", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleWho_BarePluralOrganisation_NotAsked()
    {
        var drafts = OneArticle.Drafts(
            "Tautou film tops Cesar prize nods",
            "The awards will be handed out on 26 February, Alain Terzian, president of Cesar organisers, said on Tuesday.");

        Assert.DoesNotContain(drafts, d => d.Generator == "role-who");
    }

    [Fact]
    public void Whose_APossessiveOpeningTheSentence_AskedAsWhose()
    {
        var drafts = OneArticle.Drafts(
            "Da Vinci Code is 'lousy history'",
            "Dan Brown's book has become a publishing phenomenon, consistently topping book charts in the UK and US.",
            "Author Dan Brown said he was delighted with the book's success in France.");

        Assert.Contains(drafts, d => d.Answer == "Dan Brown" && d.Prompt.EndsWith("whose book has become a publishing phenomenon, consistently topping book charts in the UK and US?", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("_____'s", StringComparison.Ordinal));
    }

    [Fact]
    public void Whose_AfterARole_WhichRole()
    {
        var drafts = OneArticle.Drafts(
            "Film pulled over security fears",
            "Murdered director Theo van Gogh's controversial film Submission has been pulled from the Rotterdam Film Festival.");

        Assert.Contains(drafts, d => d.Answer == "Theo van Gogh" && d.Prompt.Contains("which murdered director's controversial film Submission", StringComparison.Ordinal));
    }

    [Fact]
    public void Whose_ARoleThatIsAProperWord_KeepsItsCapital()
    {
        var drafts = OneArticle.Drafts(
            "Hague's six-figure earnings shown",
            "The register shows earnings of Tory MPs.",
            "Tory leader Michael Howard's only fresh entry is a Christmas hamper from the Sultan of Brunei.");

        Assert.Contains(drafts, d => d.Answer == "Michael Howard" && d.Prompt.Contains("which Tory leader's only fresh entry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sonia O'Sullivan's Olympic farewell apart, there was little to stir the emotions of Irish athletics watchers.")]
    [InlineData("Martin Scorsese's The Aviator will win best film at the Oscars, according to the UK's leading movie critics.")]
    [InlineData("Jamie Foxx's movie Ray, a bio-pic of late singer Ray Charles, took best sound at the Baftas in London.")]
    [InlineData("Lisa Kudrow's Friends co-star, David Schwimmer, plays a divorced drunkard in Duane Hopwood at Sundance.")]
    [InlineData("Steve Backley's departure was balanced by the return of injury-hit decathlete Dean Macey in Athens.")]
    public void Whose_WhereItIsNoSubjectOwnsATitlesTheOrIsShared_NotAsked(string sentence)
    {
        // (The person is named again with a role, so is someone the blank-maker asks about: only the rule keeps it out.)
        var owner = sentence[..sentence.IndexOf("'s ", StringComparison.Ordinal)];
        var drafts = OneArticle.Drafts("Critics look back on the year", sentence, owner + " won an award at the ceremony in London on Monday.");

        Assert.Contains(drafts, d => d.Answer == owner);

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("whose", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Whose late goal gives the Gunners hope for the second leg?", "the second leg")]
    [InlineData("Chelsea face Barcelona at home on 8 March having lost 2-1 in the first leg.", null)]
    [InlineData("Keane played in Lisbon in the second leg of their tour.", null)]
    [InlineData("The UK's biggest mortgage lender said prices rose by only 2.8% in the second half of 2004.", null)]
    public void LeaningWord_ALegOfAnUnnamedTie(string stem, string? word)
    {
        Assert.Equal(word, QuestionRanker.LeaningWord(stem));
    }

    [Fact]
    public void Blank_TheirOfTwoPeopleOpeningTheClause_Kept()
    {
        var drafts = OneArticle.Drafts(
            "US actor Ossie Davis found dead",
            "Actor Ossie Davis has been found dead in a hotel room in Miami, aged 87.",
            "Ossie Davis and Ruby Dee were married for more than 56 years and together received Kennedy Center honours in 2004 for their body of work.");

        Assert.Contains(drafts, d => d.Answer == "2004" && d.Prompt.Contains("Kennedy Center honours in _____ for their body of work", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_TheirOfABandItsNounNames_Kept()
    {
        var drafts = OneArticle.Drafts(
            "Band Aid retains number one spot",
            "The charity single has stayed at number one for a third week.",
            "Opera band Il Divo have moved up one place with their eponymous album to number three.");

        Assert.Contains(drafts, d => d.Answer == "3" && d.Prompt.Contains("Il Divo have moved up one place with their eponymous album", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_TheirAfterAnotherPersonBetween_NotTheSubjects()
    {
        // Keira Knightley comes between the subject and "their": theirs may be hers too.
        var drafts = OneArticle.Drafts(
            "Stars at charity premiere",
            "Actor Clive Owen attended the premiere in London on Monday.",
            "Clive Owen and Ray Winstone met actress Keira Knightley at the premiere, praising their film King Arthur.");

        Assert.DoesNotContain(drafts, d => d.Prompt.Contains("praising their film", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadlineWithoutName_EntertainmentSubjectWithNoRole_AStar()
    {
        var drafts = OneArticle.Drafts(
            "Lopez misses UK charity premiere",
            "Jennifer Lopez has cancelled an appearance at the UK charity premiere of her new movie, saying she was too ill to fly.",
            "Jennifer Lopez appeared at the Grammy awards in Los Angeles on Sunday, singing a duet with Marc Anthony.");

        Assert.Contains(drafts, d => d.Answer == "Jennifer Lopez" && d.Prompt.StartsWith("In the story “Star misses UK charity premiere”", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadlineWithoutName_OtherSectionsSubjectWithNoRole_NoStar()
    {
        var kb = OneArticle.BuildIn(
            "politics",
            "Howard attacks Blair's tax plans",
            "Michael Howard has attacked the government's tax plans in a speech in London on Monday.",
            "Michael Howard told the Conservative conference in Bournemouth that taxes would rise under Labour.");

        Assert.DoesNotContain(kb.Questions, q => q.Prompt.Contains("“Star attacks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jazz guitarist Barney Kessel dies", "Jazz guitarist Barney Kessel, who played with the group on tour, has died. The group toured Europe in 1960 with the album.")]
    [InlineData("Rivals of the £400 Apple", "Apple are targeting music fans with the group test of the iPod. Their chart of sales shows the album market.")]
    [InlineData("Vivendi sells stake", "Media group Vivendi have sold their stake in the firm. The group said profits rose.")]
    public void StoryBand_NoGenreFirmOrPhoneMaker(string title, string text)
    {
        var a = OneArticle.Analyze(title, text.Split(". ").Select(x => x.EndsWith('.') ? x : x + ".").ToArray());

        Assert.Null(a.Band);
    }

    [Fact]
    public void StoryBand_AMemberRoleAfterAPossessiveBand_NoApostrophe()
    {
        var a = OneArticle.Analyze(
            "Oasis' drummer quits band",
            "Oasis' drummer Alan White has left the band after ten years.",
            "Oasis have recorded six albums, and fans of Oasis will see the band tour Europe in the summer.");

        Assert.Equal("Oasis", a.Band);
    }

    [Fact]
    public void StoryBand_AnotherBandNamedMoreThanOnce_NoBand()
    {
        var a = OneArticle.Analyze(
            "Franz Ferdinand's art school lesson",
            "Scottish rock band Franz Ferdinand, who shot to prominence in 2004, have won two Brit Awards.",
            "Franz Ferdinand have sold stacks of CDs with their debut album.",
            "They beat US band TV on the Radio to the album prize.",
            "Franz Ferdinand and TV on the Radio will tour the UK together.");

        Assert.Null(a.Band);
    }

    [Fact]
    public void Blank_AnOpeningLastYearOffAPastEvent()
    {
        var drafts = OneArticle.Drafts(
            "Sir Paul rocks Super Bowl crowds",
            "Sir Paul McCartney wowed fans with a live mini-concert at the Super Bowl in Jacksonville.",
            "Singer Janet Jackson performed at the Super Bowl in Houston in 2004.",
            "Last year, Janet Jackson exposed a breast during a dance routine, causing outrage among millions of TV viewers and landing the CBS TV network a fine.");

        Assert.Contains(drafts, d => d.Answer == "Janet Jackson" && d.Prompt.EndsWith("fill in the blank: _____ exposed a breast during a dance routine, causing outrage among millions of TV viewers and landing the CBS TV network a fine.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cage film's third week at US top", "Nicolas Cage's film National Treasure has topped the US box office for a third week.", "National Treasure took $17m over the weekend, the film's studio said.")]
    [InlineData("Levy takes Whitbread novel prize", "Andrea Levy has won the Whitbread novel award for her book Small Island.", "Andrea Levy beat Colm Toibin and David Mitchell to the £25,000 prize.")]
    public void HeadlineWithoutName_NoStarBeforeAPossessiveOrForAnAuthor(string title, string first, string second)
    {
        var drafts = OneArticle.Drafts(title, first, second);

        Assert.DoesNotContain(drafts, d => d.Prompt.StartsWith("In the story “Star", StringComparison.Ordinal));
    }

    [Fact]
    public void Whose_AHyphenedDescribingWord_KeepsTheCapitalOfItsName()
    {
        var drafts = OneArticle.Drafts(
            "Director's new film opens",
            "The Oscar ceremony takes place in Los Angeles in February.",
            "Oscar-winning director Ang Lee's latest film Brokeback Mountain opens in the US in December.",
            "Director Ang Lee said the film was his most personal.");

        Assert.Contains(drafts, d => d.Prompt.Contains("which Oscar-winning director's latest film", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the story “Ford gains from finance not cars”, fill in the blank: Total company vehicle unit sales in _____ were 6,798,000, an increase of 62,000 units from 2003.", "2004", "obvious: a year beside its neighbour")]
    [InlineData("In the story “Lufthansa flies back to profit”, fill in the blank: German airline Lufthansa has returned to profit in _____ after posting huge losses in 2003.", "2004", "obvious: a year beside its neighbour")]
    [InlineData("In the story “The comic book genius of Stan Lee”, fill in the blank: Spider-Man has been the biggest box office hit, with the _____ original and its 2004 sequel taking almost $1.6bn.", "2002", null)]
    public void Reject_AYearBesideItsNeighbour(string prompt, string answer, string? reason)
    {
        Assert.Equal(reason, QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Year)));
    }

    [Fact]
    public void Blank_ASumCountsAsSomethingParticular()
    {
        // "Sony" and "$10 million", "$110 million": enough said for the film's blank.
        var drafts = OneArticle.Drafts(
            "Horror remake tops US box office",
            "Horror movie The Grudge cost Sony $10 million to make but brought in $110 million.");

        Assert.Contains(drafts, d => d.Answer == "The Grudge" && d.Prompt.Contains("Horror movie _____ cost Sony $10 million", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the story “Ad sales boost”, fill in the blank: TimeWarner said fourth quarter sales rose 2% to _____ from $10.9bn.", "$11.1bn", "obvious: a sum beside the sum it changed from")]
    [InlineData("In the story “Ad sales boost”, fill in the blank: TimeWarner said fourth quarter sales rose 2% to $11.1bn from _____.", "$10.9bn", "obvious: a sum beside the sum it changed from")]
    [InlineData("In the story “Wall Street cool to eBay's profit”, fill in the blank: EBay stock fell to _____ in after-hours trade, from a $103.05 end on Nasdaq.", "$92.9", "obvious: a sum beside the sum it changed from")]
    [InlineData("In the story “Wall Street cool to eBay's profit”, fill in the blank: EBay's net revenue for the quarter rose to _____ from $648.4m, boosted by PayPal.", "$935.8m", null)]
    public void Reject_ASumBesideTheSumItChangedFrom(string prompt, string answer, string? reason)
    {
        Assert.Equal(reason, QuestionRanker.Reject(TestDrafts.Blank(prompt, answer, AnswerType.Money)));
    }

    [Fact]
    public void Blank_TheBandOpeningTheFirstClauseOfALongSentence_Named()
    {
        // The sentence is asked clause by clause; "The band" opens the first one, which ends before the sentence does.
        var drafts = OneArticle.Drafts(
            "REM announce new Glasgow concert",
            "US rock band REM have announced a new concert in Scotland.",
            "The band were forced to cancel a concert at the SECC in Glasgow after bassist Mike Mills contracted flu; the group played a two-hour set of their greatest hits at the Sheffield Arena on Monday night.");

        Assert.Contains(drafts, d => d.Answer == "Mike Mills" && d.Prompt.Contains("REM were forced to cancel a concert at the SECC in Glasgow", StringComparison.Ordinal));
    }
}
