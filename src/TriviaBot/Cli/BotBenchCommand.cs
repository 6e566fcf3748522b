using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.LocalDiscord;
using TriviaBot.Storage;

namespace TriviaBot.Cli;

/// `bench-bot [--users 1000] [--channels 100] [--rounds 5]`: the whole bot (host, engine, SQLite, our Discord client)
/// against the local Discord-faithful server in this process, over loopback sockets. Each round: `/trivia` in every
/// channel at once, then every user clicks an answer in their channel at once (a tenth click twice). Latency is from
/// the simulated user's action to the bot's callback reaching the server. Actions start at random moments within
/// `--spread-ms` (0 = all in the same instant, a pure burst). Fake time closes the answer windows
/// between rounds, so only the bot's work is measured; at the end every answer is checked against the database.
public static class BotBenchCommand
{
    private const int WarmUpPlayers = 20;
    private const int WarmUpRounds = 3;

    public static async Task<int> RunAsync(int users, int channels, int rounds, int spreadMs, string articles, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (users < 1 || channels < 1 || rounds < 1 || channels > 500)
        {
            stderr.WriteLine("bench-bot: --users, --channels and --rounds must be at least 1, --channels at most 500.");
            return 2;
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions
        {
            Time = time,
            HeartbeatInterval = TimeSpan.FromSeconds(41.25),
            ExtraChannels = channels,
            WaitForBotResponse = TimeSpan.FromSeconds(30),
            GlobalRateLimit = 1_000_000,
            DefaultBucketLimit = 1_000_000,
            MessageCreateLimit = 1_000_000,
            IdentifyInterval = TimeSpan.Zero,
            RecordingLimit = 10_000,
        }, ct);
        var folder = Path.Combine(Path.GetTempPath(), "triviabot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var builder = HostFactory.CreateBuilder(
            [
                $"--Discord:Token={server.Token}", $"--Discord:ApiBaseUrl={server.RestBaseUrl}", $"--Storage:Path={Path.Combine(folder, "bench.db")}",
                "--Logging:LogLevel:Default=Warning", $"--Knowledge:ArticlesPath={Path.GetFullPath(articles)}",
            ], withBot: true);
            builder.Services.AddSingleton<TimeProvider>(time);
            using var host = builder.Build();
            await host.StartAsync(ct);
            while (!server.Recorder.Frames.Any(f => f.EventName == "READY"))
            {
                await Task.Delay(10, ct);
            }

            var channelIds = Enumerable.Range(1, channels).Select(i => server.Channels[$"room-{i}"]).ToArray();
            var userNames = Enumerable.Range(1, users).Select(i => $"bench-{i}").ToArray();
            // Warm-up (not measured): every simulated user exists and the JIT has seen each path once.
            foreach (var user in userNames)
            {
                await server.AutocompleteAsync(user, channelIds[0], "trivia", new JsonObject { ["topic"] = "o" }, ct);
            }

            var warmStore = host.Services.GetRequiredService<ITriviaStore>();
            for (var i = 0; i < WarmUpRounds; i++)
            {
                await server.InvokeCommandAsync(userNames[0], "general", "trivia", new JsonObject { ["kind"] = "multiple-choice" }, ct: ct);
                var warm = server.GetMessages("general").First(m => m["components"] is JsonArray { Count: > 0 } rows && rows[0]!["components"]!.AsArray().Count == 4);
                foreach (var user in userNames.Take(WarmUpPlayers))
                {
                    await server.ClickButtonAsync(user, warm["id"]!.GetValue<string>(), warm["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>(), ct);
                }

                while ((await warmStore.GetOpenPostsAsync(ct)).Count > 0)
                {
                    time.Advance(TimeSpan.FromSeconds(5));
                    await Task.Delay(20, ct);
                }
            }

            var commandLatencies = new List<double>();
            var clickLatencies = new List<double>();
            var commandSeconds = 0.0;
            var clickSeconds = 0.0;
            var expectedAnswers = 0;
            var failures = 0;
            var random = new Random(7);
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var round = 0; round < rounds; round++)
            {
                var started = Stopwatch.GetTimestamp();
                var posted = await Task.WhenAll(channelIds.Select((c, i) => TimedAsync(spreadMs, random, () => server.InvokeCommandAsync(userNames[i % users], c, "trivia", new JsonObject { ["kind"] = "multiple-choice" }, ct: ct))));
                commandSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
                commandLatencies.AddRange(posted.Select(p => p.Ms));
                failures += posted.Count(p => p.Outcome.Status != "responded" || p.Outcome.Response?["data"]?["embeds"] is null);

                var messages = channelIds.ToDictionary(c => c, c => server.GetMessages(c).First(m => m["components"] is JsonArray { Count: > 0 } rows && rows[0]!["components"]!.AsArray().Count == 4));
                var clicks = userNames.Select((u, i) => (User: u, Channel: channelIds[i % channels], Twice: i % 10 == 0)).ToArray();
                started = Stopwatch.GetTimestamp();
                var answered = await Task.WhenAll(clicks.Select(async c =>
                {
                    var message = messages[c.Channel];
                    var buttons = message["components"]![0]!["components"]!.AsArray();
                    string button;
                    lock (random)
                    {
                        button = buttons[random.Next(buttons.Count)]!["custom_id"]!.GetValue<string>();
                    }

                    var first = await TimedAsync(spreadMs, random, () => server.ClickButtonAsync(c.User, message["id"]!.GetValue<string>(), button, ct));
                    if (c.Twice)
                    {
                        await TimedAsync(0, random, () => server.ClickButtonAsync(c.User, message["id"]!.GetValue<string>(), button, ct));
                    }

                    return first;
                }));
                clickSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
                clickLatencies.AddRange(answered.Select(a => a.Ms));
                failures += answered.Count(a => a.Outcome.Status != "responded" || !(a.Outcome.Response?["data"]?["content"]?.GetValue<string>() ?? string.Empty).Contains("Locked in", StringComparison.Ordinal));
                expectedAnswers += clicks.Length;

                // Close every window: fake time on, then wait for all reveals.
                var store = host.Services.GetRequiredService<ITriviaStore>();
                while ((await store.GetOpenPostsAsync(ct)).Count > 0)
                {
                    time.Advance(TimeSpan.FromSeconds(5));
                    await Task.Delay(20, ct);
                }
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var guild = ulong.Parse(server.GuildId, CultureInfo.InvariantCulture);
            var board = await host.Services.GetRequiredService<ITriviaStore>().GetLeaderboardAsync(guild, null, 0, users + 10, ct);
            // Every player answered once per round (the warm-up players also once per warm-up round): no answer lost, none twice.
            var warmUpAnswers = Math.Min(WarmUpPlayers, users) * WarmUpRounds;
            var counted = board.Entries.Sum(e => e.Score.Answered) - warmUpAnswers;
            var multi = board.Entries.Count(e => e.Score.Answered != rounds + (int.Parse(e.Score.UserName.AsSpan(e.Score.UserName.LastIndexOf('-') + 1), CultureInfo.InvariantCulture) <= WarmUpPlayers ? WarmUpRounds : 0));
            await host.StopAsync(ct);

            commandLatencies.Sort();
            clickLatencies.Sort();
            var process = Process.GetCurrentProcess();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-bot: {users} users, {channels} channels, {rounds} rounds, actions spread over {spreadMs} ms, SQLite (WAL), {Environment.ProcessorCount} cores"));
            stdout.WriteLine(Line("/trivia → callback", commandLatencies, commandSeconds));
            stdout.WriteLine(Line("click → ephemeral ack", clickLatencies, clickSeconds));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"answers: {expectedAnswers} sent (+{expectedAnswers / 10} repeats), {counted} counted, {multi} players with a count other than {rounds}, {failures} failed replies"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: {GC.GetTotalMemory(false) / 1048576.0:0} MB managed, {process.PeakWorkingSet64 / 1048576.0:0} MB peak working set, {allocated / (double)(commandLatencies.Count + clickLatencies.Count) / 1024:0} KB allocated per operation"));
            return counted == expectedAnswers && failures == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// Waits a random share of <paramref name="spreadMs"/> (users don't all click in the same millisecond), then times the action.
    private static async Task<(InteractionOutcome Outcome, double Ms)> TimedAsync(int spreadMs, Random random, Func<Task<InteractionOutcome>> action)
    {
        if (spreadMs > 0)
        {
            int wait;
            lock (random)
            {
                wait = random.Next(spreadMs);
            }

            await Task.Delay(wait);
        }

        var start = Stopwatch.GetTimestamp();
        var outcome = await action();
        return (outcome, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    private static string Line(string what, List<double> sorted, double seconds) => string.Create(CultureInfo.InvariantCulture,
        $"{what,-24} n={sorted.Count,6}  p50 {Percentile(sorted, 0.50),6:0.0} ms  p99 {Percentile(sorted, 0.99),6:0.0} ms  max {sorted[^1],7:0.0} ms  {sorted.Count / seconds,7:0}/s");

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
