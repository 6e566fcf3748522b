using System.Text.RegularExpressions;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

public sealed class StemCleanerTests
{
    [Theory]
    [InlineData("Who purchased two copies of the single in Edinburgh on Friday?", "Who purchased two copies of the single in Edinburgh?")]
    [InlineData("Who quit the show over bullying earlier this week?", "Who quit the show over bullying?")]
    [InlineData("Who signed a new contract, yesterday?", "Who signed a new contract?")]
    public void RemoveRelativeTime_PhraseEndingTheStem_IsRemoved(string stem, string expected)
    {
        Assert.Equal(expected, StemCleaner.RemoveRelativeTime(stem));
    }

    [Theory]
    [InlineData("Former Stone Roses singer _____ was arrested after a fight in San Francisco on Tuesday, his spokesman has said.", "Former Stone Roses singer _____ was arrested after a fight in San Francisco, his spokesman has said.")]
    [InlineData("Rapper Eminem is to play an intimate gig in _____ on Saturday, following a show on the River Thames on Friday.", "Rapper Eminem is to play an intimate gig in _____, following a show on the River Thames.")]
    [InlineData("The Vagina Monologues was due to open in the capital, _____ this weekend.", "The Vagina Monologues was due to open in the capital, _____.")]
    [InlineData("_____ took his new band Fightstar to the stage on Friday night, just hours after leaving Busted.", "_____ took his new band Fightstar to the stage, just hours after leaving Busted.")]
    [InlineData("Oasis singer _____ has been fined after a fight in a hotel two weeks ago.", "Oasis singer _____ has been fined after a fight in a hotel.")]
    [InlineData("Recently, Ray Charles won eight Grammy Awards.", "Ray Charles won eight Grammy Awards.")]
    [InlineData("Jayanti Buhecha from _____ was found guilty of two trademark offences last month, and sentenced at Harrow Crown Court.", "Jayanti Buhecha from _____ was found guilty of two trademark offences, and sentenced at Harrow Crown Court.")]
    [InlineData("Which critic is to be presented with the Hans Christian Andersen Award this spring in Odense?", "Which critic is to be presented with the Hans Christian Andersen Award in Odense?")]
    [InlineData("The LSE opened an Asia-Pacific office in _____ earlier this month.", "The LSE opened an Asia-Pacific office in _____.")]
    [InlineData("Which film, with five nominations last week, entered in eighth place?", "Which film, with five nominations, entered in eighth place?")]
    public void RemoveTimeAdverbials_AnywhereInTheSentence_LeavesItWhole(string text, string expected)
    {
        Assert.Equal(expected, StemCleaner.RemoveTimeAdverbials(text));
    }

    [Theory]
    [InlineData("Director _____ is in talks to direct a new instalment in the Friday the 13th franchise.")]
    [InlineData("_____ won the best album of last year.")]
    [InlineData("The single stayed at number one until Monday, when _____ replaced it.")]
    [InlineData("_____ hosted Sunday's ceremony at the Alex Theater.")]
    [InlineData("Sales were higher than last year in _____.")]
    [InlineData("The Rolling Stones played Ruby Tuesday for _____.")]
    [InlineData("_____ hosted Saturday Night Live in New York.")]
    [InlineData("_____ told the Mail on Sunday she was happy.")]
    [InlineData("_____ sang at a service on Good Friday in Rome.")]
    [InlineData("The single was at number one until last Monday, when _____ replaced it.")]
    [InlineData("_____ played in Dublin on Monday and Tuesday.")]
    [InlineData("_____ has more recently starred in a comedy.")]
    [InlineData("UK and US co-productions in Britain fell from 102 in _____ to 81 last year.")]
    [InlineData("Oasis singer _____ was fined after a fight in a German hotel two years ago.")]
    [InlineData("Maroon 5's album Songs About Jane has moved up to number _____ despite being released 47 weeks ago.")]
    [InlineData("Bass player _____ will join Phil Jupitus on his morning show on Monday 6 December.")]
    [InlineData("Sales were up 4% compared with last month in _____.")]
    [InlineData("The album by _____ is due next month in the UK.")]
    [InlineData("_____ will promote next month's release in Japan.")]
    [InlineData("Profits for _____ rose in the last month of the year.")]
    public void RemoveTimeAdverbials_WhereTheSentenceNeedsIt_LeavesItForTheRanker(string text)
    {
        Assert.Equal(text, StemCleaner.RemoveTimeAdverbials(text));
    }

    [Theory]
    [InlineData("Which film, with five nominations last year, entered in eighth place?")]
    [InlineData("Who yesterday signed a new contract?")]
    public void RemoveRelativeTime_PhraseInsideTheStem_IsLeftForTheRanker(string stem)
    {
        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }

    [Fact]
    public void RemoveRelativeTime_PossessiveTime_IsLeftForTheRankerToReject()
    {
        const string stem = "Which film won at this year's festival?";

        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }

    [Fact]
    public void RemoveRelativeTime_StemWithoutRelativeTime_IsUnchanged()
    {
        const string stem = "Which director deemed both Jenna Fischer and John Krasinski nervous?";

        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }

    [Theory]
    [InlineData("Which executive presented his fiancee with a ring designed by jeweller Stephen Webster, said Meghan Prophet?", "Which executive presented his fiancee with a ring designed by jeweller Stephen Webster?")]
    [InlineData("Fill in the blank: The show will return in May, said its spokesman Bob Smith.", "Fill in the blank: The show will return in May.")]
    [InlineData("Fill in the blank: The show will return in _____, said _____.", "Fill in the blank: The show will return in _____, said _____.")]
    public void DropTrailingAttribution_NameThePlayerNeverMet_Dropped(string stem, string expected)
    {
        Assert.Equal(expected, StemCleaner.DropTrailingAttribution(stem));
    }

    [Fact]
    public void RemoveRelativeTime_WhatAVerbNeeds_Kept()
    {
        const string stem = "Which album has moved up to number seven despite being released 47 weeks ago?";

        Assert.Equal(stem, StemCleaner.RemoveRelativeTime(stem));
    }

    // The time patterns are tried only near the words their matches hold; a scan from every position must find the same.
    [Theory]
    [InlineData("Ian Brown was arrested after a fight in San Francisco on Tuesday, his spokesman said.")]
    [InlineData("Recently, Ray Charles won eight Grammy Awards, and more recently on Sunday night another.")]
    [InlineData("He played on Monday and Tuesday, then on next Friday morning, at the weekend and over the weekend.")]
    [InlineData("The band, since earlier a few days ago, toured; later this spring, last week, two weeks ago, several days ago.")]
    [InlineData("It opened earlier this month , on  Monday 6 December, and closed last month in the Mail on Sunday.")]
    [InlineData("Sunday's ceremony, Fridays, Monday-to-Friday, released 47 weeks ago, yesterday, today, tonight, tomorrow.")]
    [InlineData("This week last year next month: this time, last season, next Saturday afternoon, a few months ago.")]
    [InlineData("Ruby Tuesday sang on\tTuesday,\u00A0recently weekend week month.")]
    public void TimePatterns_TriedNearTheirAnchors_MatchWhatAScanMatches(string text)
    {
        static string Mark(Match m) => "[" + m.Index + ":" + m.Value + "]";
        Assert.Equal(new Regex(StemCleaner.TimeAdverbialPattern).Replace(text, Mark), StemCleaner.ReplaceTimeAdverbials(text, Mark));
        Assert.Equal(new Regex(StemCleaner.RelativeTimePattern).Replace(text, Mark), StemCleaner.ReplaceRelativeTimes(text, Mark));
    }

    [Theory]
    [InlineData("has graduated from graduated from the University", "has graduated from the University")]
    [InlineData("the one of the best of the best of the year", "the one of the best of the year")]
    [InlineData("the film and the film's star, the one and the other", "the film and the film's star, the one and the other")]
    public void DropRepeatedWords_OnlyWhereWordsComeAgain(string text, string expected)
    {
        Assert.Equal(expected, StemCleaner.DropRepeatedWords(text));
    }

    [Theory]
    [InlineData("Last year, Janet Jackson exposed a breast during a dance routine, causing outrage.", "Janet Jackson exposed a breast during a dance routine, causing outrage.")]
    [InlineData("Three years ago, Argentina's energy crisis forced Nestor Kirchner to suspend gas exports to Chile.", "Argentina's energy crisis forced Nestor Kirchner to suspend gas exports to Chile.")]
    [InlineData("Last year's winner, Graham Norton, fell to number 16.", "Last year's winner, Graham Norton, fell to number 16.")]
    [InlineData("Last year, ticket sales rose 20% to $9.4bn.", "Last year, ticket sales rose 20% to $9.4bn.")]
    [InlineData("Last year, The Lost Prince won best TV drama.", "Last year, The Lost Prince won best TV drama.")]
    [InlineData("Last year, Keane are touring Europe.", "Last year, Keane are touring Europe.")]
    [InlineData("Last year, Apple sold 4.5 million iPods.", "Last year, Apple sold 4.5 million iPods.")]
    [InlineData("Last season, Chelsea finished sixth in the Premiership.", "Last season, Chelsea finished sixth in the Premiership.")]
    [InlineData("Last year, Kylie Minogue played Glastonbury for the first time.", "Last year, Kylie Minogue played Glastonbury for the first time.")]
    public void DropOpeningPastTime_OnlyWhenThePastEventNeedsNoDate(string text, string expected)
    {
        Assert.Equal(expected, StemCleaner.DropOpeningPastTime(text));
    }
}
