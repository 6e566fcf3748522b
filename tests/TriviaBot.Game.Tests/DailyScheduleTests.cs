namespace TriviaBot.Game.Tests;

public sealed class DailyScheduleTests
{
    private static DailySchedule Schedule(string time, string zone)
    {
        Assert.True(DailySchedule.TryParseTime(time, out var t));
        Assert.True(DailySchedule.TryFindZone(zone, out var z));
        return DailySchedule.Create(t, z);
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Berlin_0900_AcrossSpringForward_StaysAtNineLocal()
    {
        var schedule = Schedule("09:00", "Europe/Berlin");

        var first = schedule.Next(Utc(3, 28, 9)); // Sat 28 Mar 10:00 CET
        var second = schedule.Next(first.At);

        Assert.Equal(Utc(3, 29, 7), first.At);     // Sun 29 Mar 09:00 CEST (+2)
        Assert.Equal(new DateOnly(2026, 3, 29), first.LocalDate);
        Assert.Equal(Utc(3, 30, 7), second.At);
    }

    [Fact]
    public void Berlin_0230_OnSpringForwardDay_PostsAtFirstValidMinuteAfter()
    {
        var schedule = Schedule("02:30", "Europe/Berlin");

        var day = schedule.Next(Utc(3, 28, 12));

        Assert.Equal(Utc(3, 29, 1), day.At); // 03:00 CEST, the minute the clock lands on
        Assert.Equal(new DateOnly(2026, 3, 29), day.LocalDate);
    }

    [Fact]
    public void Berlin_0230_OnFallBackDay_PostsOnce()
    {
        var schedule = Schedule("02:30", "Europe/Berlin");

        var first = schedule.Next(Utc(10, 24, 12));
        var second = schedule.Next(first.At);

        Assert.Equal(Utc(10, 25, 0, 30), first.At); // the first 02:30 (CEST, +2)
        Assert.Equal(new DateOnly(2026, 10, 26), second.LocalDate);
    }

    [Fact]
    public void NewYork_0130_AcrossFallBack_PostsOncePerDay()
    {
        var schedule = Schedule("01:30", "America/New_York");
        var occurrences = new List<DailyOccurrence>();
        var at = Utc(10, 30, 12);
        for (var i = 0; i < 4; i++)
        {
            occurrences.Add(schedule.Next(at));
            at = occurrences[^1].At;
        }

        Assert.Equal(4, occurrences.Select(o => o.LocalDate).Distinct().Count());
        Assert.Equal(Utc(11, 1, 5, 30), occurrences.Single(o => o.LocalDate == new DateOnly(2026, 11, 1)).At); // first 01:30 (EDT, -4)
        Assert.Equal(Utc(11, 2, 6, 30), occurrences.Single(o => o.LocalDate == new DateOnly(2026, 11, 2)).At); // EST (-5)
    }

    [Fact]
    public void NewYork_0215_OnSpringForwardDay_PostsAtThree()
    {
        var schedule = Schedule("02:15", "America/New_York");

        var day = schedule.Next(Utc(3, 7, 12));

        Assert.Equal(Utc(3, 8, 7), day.At); // 03:00 EDT
    }

    [Fact]
    public void Latest_ReturnsTodaysOccurrenceOnceItIsDue()
    {
        var schedule = Schedule("09:00", "Europe/Berlin");

        Assert.Equal(Utc(11, 23, 8), schedule.Latest(Utc(11, 23, 8, 5))!.Value.At);
        Assert.Equal(Utc(11, 22, 8), schedule.Latest(Utc(11, 23, 7, 59))!.Value.At);
    }

    [Theory]
    [InlineData("9:00")]
    [InlineData("24:00")]
    [InlineData("09:60")]
    [InlineData("noon")]
    [InlineData("")]
    public void TryParseTime_Malformed_IsRefused(string text) => Assert.False(DailySchedule.TryParseTime(text, out _));

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("+02:00")]
    [InlineData("CET")]
    [InlineData("W. Europe Standard Time")]
    public void TryFindZone_NotAnIanaRegion_IsRefused(string zone) => Assert.False(DailySchedule.TryFindZone(zone, out _));
}
