using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.Game;
using TriviaBot.Knowledge;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Tests;

/// The bot host exactly as `dotnet run` composes it, on a temporary SQLite file, talking over real sockets to the
/// local Discord-faithful server; one FakeTimeProvider drives both, so answer windows pass when a test says so.
internal sealed class BotHarness : IAsyncDisposable
{
    public const string ManageGuild = "32";
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30); // only bounds a failure

    private readonly TempFolder _folder = new();
    private readonly CancellationTokenSource _timeout = new(Bound);

    private BotHarness(FakeTimeProvider time, LocalDiscordServer server)
    {
        Time = time;
        Server = server;
        DatabasePath = Path.Combine(_folder.Path, "data", "triviabot.db");
        ArticlesPath = Path.Combine(_folder.Path, "articles");
        PacksPath = Path.Combine(_folder.Path, "packs");
        Directory.CreateDirectory(ArticlesPath);
        Directory.CreateDirectory(PacksPath);
    }

    public FakeTimeProvider Time { get; }

    public LocalDiscordServer Server { get; }

    public IHost? Host { get; private set; }

    public string DatabasePath { get; }

    public string ArticlesPath { get; }

    public string PacksPath { get; }

    public CancellationToken Timeout => _timeout.Token;

    public string Channel => Server.ChannelId;

    public static async Task<BotHarness> CreateAsync(bool seedArticle = true, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions
        {
            // Fake time jumps by days in the daily tests; a heartbeat due more than once in one jump would look like a
            // zombie connection, so heartbeats are rare here (the gateway tests cover them).
            HeartbeatInterval = TimeSpan.FromDays(30),
            Time = time,
            // These tests are about the bot, not rate limits: time only moves when a test advances it.
            GlobalRateLimit = 100_000,
            DefaultBucketLimit = 100_000,
            MessageCreateLimit = 100_000,
            IdentifyInterval = TimeSpan.Zero, // a restarted bot identifies again at the same fake instant
        });
        var harness = new BotHarness(time, server);
        if (seedArticle)
        {
            File.Copy(Repo.SeedArticle, Path.Combine(harness.ArticlesPath, "the-office-first-kiss.txt"));
        }

        return harness;
    }

    public async Task<IHost> StartBotAsync()
    {
        Host = await StartExtraHostAsync();
        return Host;
    }

    /// Another bot process on the same database and server (the caller stops and disposes it).
    public async Task<IHost> StartExtraHostAsync()
    {
        var builder = HostFactory.CreateBuilder(
        [
            $"--Discord:Token={Server.Token}", $"--Discord:ApiBaseUrl={Server.RestBaseUrl}",
            $"--Storage:Path={DatabasePath}", $"--Knowledge:ArticlesPath={ArticlesPath}", $"--Knowledge:PacksPath={PacksPath}",
            "--Game:AnswerWindow=00:00:20", "--Game:RoundGap=00:00:05",
        ], withBot: true);
        builder.Services.AddSingleton<TimeProvider>(Time);
        var host = builder.Build();
        var readies = Server.Recorder.Frames.Count(f => f.EventName == "READY");
        await host.StartAsync(Timeout);
        // Commands are registered before the gateway connects, so a new READY means the bot is fully up.
        while (Server.Recorder.Frames.Count(f => f.EventName == "READY") == readies)
        {
            await Task.Delay(10, Timeout);
        }

        return host;
    }

    public async Task StopBotAsync()
    {
        if (Host is { } host)
        {
            await host.StopAsync(Timeout);
            host.Dispose();
            Host = null;
        }
    }

    public KnowledgeStore.Snapshot Content => Host!.Services.GetRequiredService<KnowledgeStore>().Current;

    public Task<InteractionOutcome> CommandAsync(string user, string command, JsonObject? options = null, string? permissions = null) =>
        Server.InvokeCommandAsync(user, Channel, command, options, permissions, Timeout);

    public Task<InteractionOutcome> ClickAsync(string user, string messageId, string customId) =>
        Server.ClickButtonAsync(user, messageId, customId, Timeout);

    public IReadOnlyList<JsonObject> Messages() => Server.GetMessages(Channel);

    /// Waits (real time, bounded) until the channel holds a message matching <paramref name="predicate"/>.
    public async Task<JsonObject> WaitForMessageAsync(Func<JsonObject, bool> predicate)
    {
        while (true)
        {
            var match = Messages().FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            try
            {
                await Task.Delay(10, Timeout);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("No matching message; the channel holds:\n" + string.Join("\n---\n", Messages().Select(m => Title(m) + " | " + (m["content"]?.GetValue<string>() ?? string.Empty))));
            }
        }
    }

    /// Moves fake time on in one-second steps until <paramref name="done"/> holds, so a timer the bot arms a moment
    /// later is still fired; bounded by the test timeout.
    public async Task AdvanceUntilAsync(Func<bool> done, TimeSpan? step = null)
    {
        while (!done())
        {
            Time.Advance(step ?? TimeSpan.FromSeconds(1));
            for (var i = 0; i < 5 && !done(); i++)
            {
                await Task.Delay(5, Timeout);
            }
        }
    }

    public static string Title(JsonObject message) => Embed(message)?["title"]?.GetValue<string>() ?? string.Empty;

    public static string Description(JsonObject message) => Embed(message)?["description"]?.GetValue<string>() ?? string.Empty;

    private static JsonNode? Embed(JsonObject message) => message["embeds"] is JsonArray { Count: > 0 } embeds ? embeds[0] : null;

    /// Every text of the message's embeds (title, description, fields, footer), as a reader sees it.
    public static string EmbedText(JsonObject message) =>
        string.Join('\n', (message["embeds"]?.AsArray() ?? []).SelectMany(e => new[] { e!["title"], e["description"], e["footer"]?["text"] }
            .Concat((e["fields"]?.AsArray() ?? []).SelectMany(f => new[] { f!["name"], f["value"] })))
            .Where(n => n is not null).Select(n => n!.GetValue<string>()));

    public static string Id(JsonObject message) => message["id"]!.GetValue<string>();

    public static IReadOnlyList<JsonObject> Buttons(JsonObject message) =>
        (message["components"]?.AsArray() ?? []).SelectMany(r => r!["components"]!.AsArray()).Select(b => b!.AsObject()).ToList();

    /// The question behind a posted message, found in the bot's own content by its prompt.
    public Question QuestionOf(JsonObject message)
    {
        var description = Description(message);
        return Content.Pool.Questions.Select(q => q.Question).First(q => description.StartsWith(q.Prompt, StringComparison.Ordinal));
    }

    /// The custom id of the right (or a wrong) choice button of a multiple-choice post.
    public string ChoiceId(JsonObject message, bool correct)
    {
        var answer = QuestionOf(message).Answer;
        return Buttons(message).First(b => b["label"]!.GetValue<string>().EndsWith(". " + answer, StringComparison.Ordinal) == correct)["custom_id"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Server.DisposeAsync();
        _timeout.Dispose();
        _folder.Dispose();
    }
}
