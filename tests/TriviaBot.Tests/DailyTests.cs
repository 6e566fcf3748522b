using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriviaBot.Bot;
using TriviaBot.Storage;

namespace TriviaBot.Tests;

/// Daily questions end to end: the scheduler, the claim, the post through the local Discord server, the reveal at
/// the next post — across daylight-saving changes, restarts at every step, and two processes on one database.
public sealed class DailyTests
{
    private static JsonObject Data(LocalDiscord.InteractionOutcome outcome) => outcome.Response!["data"]!.AsObject();

    private static string Content(LocalDiscord.InteractionOutcome outcome) => Data(outcome)["content"]?.GetValue<string>() ?? string.Empty;

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static bool IsDaily(JsonObject m) => BotHarness.Title(m).StartsWith(TriviaEngine.DailyLabel, StringComparison.Ordinal);

    private static DateTimeOffset Timestamp(JsonObject m) => DateTimeOffset.Parse(m["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static List<JsonObject> Dailies(BotHarness bot, string? channel = null) =>
        bot.Server.GetMessages(channel ?? bot.Channel).Where(IsDaily).Reverse().ToList();

    private static async Task SetAsync(BotHarness bot, string time, string zone, string? channel = null, string? role = null)
    {
        var options = new JsonObject { ["channel"] = channel ?? bot.Channel, ["time"] = time, ["timezone"] = zone };
        if (role is not null)
        {
            options["role"] = role;
        }

        var outcome = await bot.CommandAsync("carol", "daily", new JsonObject { ["set"] = options }, BotHarness.ManageGuild);
        Assert.Contains("Daily trivia in", Content(outcome), StringComparison.Ordinal);
    }

    /// Moves fake time to <paramref name="at"/> and waits until the channel holds <paramref name="count"/> daily posts.
    private static async Task AdvanceToAndExpectAsync(BotHarness bot, DateTimeOffset at, int count)
    {
        bot.Time.Advance(at - bot.Time.GetUtcNow());
        while (Dailies(bot).Count < count)
        {
            await Task.Delay(10, bot.Timeout);
        }
    }

    [Theory]
    [InlineData("Europe/Berlin", "09:00", 3, 26)]     // spring forward Sun 29 Mar
    [InlineData("Europe/Berlin", "09:00", 10, 22)]    // fall back Sun 25 Oct
    [InlineData("America/New_York", "09:00", 3, 5)]   // spring forward Sun 8 Mar
    [InlineData("America/New_York", "09:00", 10, 29)] // fall back Sun 1 Nov
    public async Task Week_AcrossDstChange_PostsOncePerLocalDayAtTheSameLocalTime(string zone, string time, int month, int day)
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(month, day, 20));
        await bot.StartBotAsync();
        await SetAsync(bot, time, zone);
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var firstLocal = new DateTime(2026, month, day, 9, 0, 0, DateTimeKind.Unspecified).AddDays(1);

        for (var i = 0; i < 7; i++)
        {
            var expected = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(firstLocal.AddDays(i), tz), TimeSpan.Zero);
            await AdvanceToAndExpectAsync(bot, expected, i + 1);
            Assert.Equal(expected, Timestamp(Dailies(bot)[i]));
            Assert.Equal(9, TimeZoneInfo.ConvertTime(Timestamp(Dailies(bot)[i]), tz).Hour);
        }

        bot.Time.Advance(TimeSpan.FromHours(23)); // nothing more until the next day's time
        await Task.Delay(100, bot.Timeout);
        Assert.Equal(7, Dailies(bot).Count);
        // Each post but the last was revealed by the next one.
        var revealed = bot.Server.GetMessages(bot.Channel).Where(m => BotHarness.Title(m).StartsWith(TriviaEngine.DailyLabel + " · The answer", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, revealed.Count);
    }

    [Fact]
    public async Task SpringForwardGap_0230Berlin_PostsAtThreeOClock()
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(3, 28, 12));
        await bot.StartBotAsync();
        await SetAsync(bot, "02:30", "Europe/Berlin");

        await AdvanceToAndExpectAsync(bot, Utc(3, 29, 1), 1);

        Assert.Equal(Utc(3, 29, 1), Timestamp(Dailies(bot)[0])); // 03:00 CEST
    }

    [Fact]
    public async Task FallBackRepeatedHour_0130NewYork_PostsOnce()
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(10, 31, 12));
        await bot.StartBotAsync();
        await SetAsync(bot, "01:30", "America/New_York");

        await AdvanceToAndExpectAsync(bot, Utc(11, 1, 5, 30), 1); // the first 01:30 (EDT)
        bot.Time.Advance(TimeSpan.FromHours(1));                  // the second 01:30 (EST)
        await Task.Delay(200, bot.Timeout);
        bot.Time.Advance(TimeSpan.FromHours(2));
        await Task.Delay(200, bot.Timeout);

        Assert.Single(Dailies(bot));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("claimed")]
    [InlineData("sent")]
    [InlineData("recorded")]
    public async Task Restart_AtEveryStep_PostsExactlyOneMessageThatDay(string? crashAfter)
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(11, 23, 12));
        await bot.StartBotAsync();
        await SetAsync(bot, "09:00", "Europe/Berlin");
        var due = Utc(11, 24, 8);
        if (crashAfter is null)
        {
            await bot.StopBotAsync(); // down before the claim
            bot.Time.Advance(due - bot.Time.GetUtcNow() + TimeSpan.FromMinutes(5));
        }
        else
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bot.Host!.Services.GetRequiredService<DailyService>().AfterStep = step =>
            {
                if (step != crashAfter)
                {
                    return Task.CompletedTask;
                }

                reached.TrySetResult();
                throw new InvalidOperationException("simulated crash after " + step);
            };
            bot.Time.Advance(due - bot.Time.GetUtcNow());
            await reached.Task.WaitAsync(bot.Timeout);
            await bot.StopBotAsync();
        }

        await bot.StartBotAsync();
        await bot.AdvanceUntilAsync(() => Dailies(bot).Count == 1 && ClaimDone(bot, new DateOnly(2026, 11, 24)), TimeSpan.FromSeconds(30));
        bot.Time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(100, bot.Timeout);

        Assert.Single(Dailies(bot));
    }

    private static bool ClaimDone(BotHarness bot, DateOnly date)
    {
        var store = bot.Host!.Services.GetRequiredService<ITriviaStore>();
        var claim = store.GetDailyClaimAsync(ulong.Parse(bot.Channel, CultureInfo.InvariantCulture), date).GetAwaiter().GetResult();
        return claim?.MessageId is not null;
    }

    [Fact]
    public async Task TwoProcessesOnOneDatabase_PostOnce()
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(11, 23, 12));
        await bot.StartBotAsync();
        using var second = await bot.StartExtraHostAsync();
        await SetAsync(bot, "09:00", "Europe/Berlin");

        await AdvanceToAndExpectAsync(bot, Utc(11, 24, 8), 1);
        bot.Time.Advance(TimeSpan.FromMinutes(3)); // past the lease: nobody re-sends a finished claim
        await Task.Delay(200, bot.Timeout);

        Assert.Single(Dailies(bot));
        await second.StopAsync(bot.Timeout);
    }

    [Fact]
    public async Task CatchUpWindow_LateWithinWindowPostsOnce_BeyondItSkipsWithReason()
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(11, 23, 12));
        await bot.StartBotAsync();
        await SetAsync(bot, "09:00", "Europe/Berlin");
        await bot.StopBotAsync();

        bot.Time.Advance(Utc(11, 24, 10) - bot.Time.GetUtcNow()); // 2 h late
        await bot.StartBotAsync();
        while (Dailies(bot).Count < 1)
        {
            await Task.Delay(10, bot.Timeout);
        }

        await bot.StopBotAsync();
        bot.Time.Advance(Utc(11, 25, 15) - bot.Time.GetUtcNow()); // 7 h late
        await bot.StartBotAsync();
        var status = await bot.CommandAsync("carol", "daily", new JsonObject { ["status"] = new JsonObject() }, BotHarness.ManageGuild);

        Assert.Single(Dailies(bot));
        Assert.Equal(Utc(11, 24, 10), Timestamp(Dailies(bot)[0]));
        Assert.Contains("was skipped", BotHarness.EmbedText(Data(status)), StringComparison.Ordinal);
        Assert.Contains("catch-up window", BotHarness.EmbedText(Data(status)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VanishedChannel_TurnsTheScheduleOffOnceWithANote()
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(11, 23, 12));
        await bot.StartBotAsync();
        await SetAsync(bot, "09:00", "Europe/Berlin", channel: "1399999999999999999");

        bot.Time.Advance(Utc(11, 24, 8) - bot.Time.GetUtcNow());
        var store = bot.Host!.Services.GetRequiredService<ITriviaStore>();
        while ((await store.GetDailySchedulesAsync(null, bot.Timeout)).Single().Enabled)
        {
            await Task.Delay(10, bot.Timeout);
        }

        bot.Time.Advance(TimeSpan.FromDays(2));
        await Task.Delay(200, bot.Timeout);
        var status = await bot.CommandAsync("carol", "daily", new JsonObject { ["status"] = new JsonObject() }, BotHarness.ManageGuild);

        Assert.Equal(1, bot.Server.Recorder.Requests.Count(r => r.Method == "POST" && r.Path.Contains("/channels/1399999999999999999/messages", StringComparison.Ordinal)));
        Assert.Contains("the channel no longer exists", BotHarness.EmbedText(Data(status)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleMention_IsTheOnlyAllowedMention_AndAnswerButtonsWork()
    {
        await using var bot = await BotHarness.CreateAsync(start: Utc(11, 23, 12));
        await bot.StartBotAsync();
        await SetAsync(bot, "09:00", "Europe/Berlin", role: "1300000000000000555");

        await AdvanceToAndExpectAsync(bot, Utc(11, 24, 8), 1);
        var post = Dailies(bot)[0];
        var click = await bot.ClickAsync("alice", BotHarness.Id(post), BotHarness.Buttons(post)[0]["custom_id"]!.GetValue<string>());
        if (click.Response!["type"]!.GetValue<int>() == 9)
        {
            // A free-answer daily question: the button opened the answer form; answer through it.
            var form = click.Response["data"]!;
            var input = form["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();
            click = await bot.Server.SubmitModalAsync("alice", bot.Channel, form["custom_id"]!.GetValue<string>(), new Dictionary<string, string> { [input] = "a guess" }, bot.Timeout);
        }

        Assert.Equal("<@&1300000000000000555>", post["content"]!.GetValue<string>());
        var request = bot.Server.Recorder.Requests.Single(r => r.Method == "POST" && r.Body.Contains("daily-", StringComparison.Ordinal));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("1300000000000000555", body["allowed_mentions"]!["roles"]![0]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Contains("next daily question", Content(click), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9am", "Europe/Berlin", "HH:mm")]
    [InlineData("25:00", "Europe/Berlin", "HH:mm")]
    [InlineData("09:00", "Mars/Olympus", "IANA time zone")]
    [InlineData("09:00", "+02:00", "IANA time zone")]
    public async Task Set_BadTimeOrZone_EphemeralErrorSaysWhatIsAccepted(string time, string zone, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var outcome = await bot.CommandAsync("carol", "daily", new JsonObject { ["set"] = new JsonObject { ["channel"] = bot.Channel, ["time"] = time, ["timezone"] = zone } }, BotHarness.ManageGuild);

        Assert.Equal(64, Data(outcome)["flags"]!.GetValue<int>());
        Assert.Contains(expected, Content(outcome), StringComparison.Ordinal);
        Assert.Empty(await bot.Host!.Services.GetRequiredService<ITriviaStore>().GetDailySchedulesAsync(null));
    }

    [Fact]
    public async Task Daily_PlainMember_IsRefused_AndZoneAutocompleteOffersIanaNames()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var refused = await bot.CommandAsync("bob", "daily", new JsonObject { ["status"] = new JsonObject() });
        var zones = await bot.Server.AutocompleteAsync("carol", bot.Channel, "daily", new JsonObject { ["set"] = new JsonObject { ["timezone"] = "berl" } }, bot.Timeout);

        Assert.Contains("Manage Server", Content(refused), StringComparison.Ordinal);
        Assert.NotNull(zones);
    }
}
