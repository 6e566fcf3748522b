using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using TriviaBot.LocalDiscord;
using TriviaBot.Storage;

namespace TriviaBot.Tests;

/// The real thing: the bot as its own process (`dotnet TriviaBot.dll`), killed with SIGKILL in the middle of a
/// question, started again on the same SQLite file. Whether the window ends while it is down or after it is back,
/// the question is revealed once and the answer given before the kill is counted once.
public sealed class KillNineTests
{
    [Fact]
    public async Task Bot_KilledMidQuestion_NewProcessRevealsAndCountsTheAnswerOnce()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90)); // only bounds a failure
        using var folder = new TempFolder();
        var articles = Directory.CreateDirectory(Path.Combine(folder.Path, "articles")).FullName;
        File.Copy(Repo.SeedArticle, Path.Combine(articles, "seed.txt"));
        var database = Path.Combine(folder.Path, "bot.db");
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromSeconds(5), IdentifyInterval = TimeSpan.Zero });

        var first = await StartBotAsync(server, database, articles, timeout.Token);
        await server.InvokeCommandAsync("alice", server.ChannelId, "trivia", new JsonObject { ["kind"] = "multiple-choice" }, ct: timeout.Token);
        var message = server.GetMessages(server.ChannelId).First(m => m["components"] is JsonArray { Count: > 0 });
        var answer = AnswerOf(message, articles);
        var right = message["components"]![0]!["components"]!.AsArray().First(b => b!["label"]!.GetValue<string>().EndsWith(". " + answer, StringComparison.Ordinal))!["custom_id"]!.GetValue<string>();
        var click = await server.ClickButtonAsync("alice", message["id"]!.GetValue<string>(), right, timeout.Token);
        first.Kill(entireProcessTree: true); // SIGKILL: no shutdown code runs
        await first.WaitForExitAsync(timeout.Token);

        using var second = await StartBotAsync(server, database, articles, timeout.Token);
        var messageId = message["id"]!.GetValue<string>();
        while (!(server.GetMessages(server.ChannelId).First(m => m["id"]!.GetValue<string>() == messageId)["embeds"]![0]!["title"]!.GetValue<string>()).Contains("The answer", StringComparison.Ordinal))
        {
            await Task.Delay(50, timeout.Token);
        }

        second.Kill(entireProcessTree: true);
        await second.WaitForExitAsync(timeout.Token);

        Assert.Contains("Locked in", click.Response!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var revealed = BotHarness.EmbedText(server.GetMessages(server.ChannelId).First(m => m["id"]!.GetValue<string>() == messageId));
        Assert.Contains("1 answered · 1 right", revealed, StringComparison.Ordinal);
        using var store = new SqliteTriviaStore(database);
        var alice = await store.GetPlayerAsync(ulong.Parse(server.GuildId, CultureInfo.InvariantCulture), ulong.Parse(server.Users["alice"], CultureInfo.InvariantCulture));
        Assert.Equal((1, 1), (alice!.Score.Answered, alice.Score.Correct));
        Assert.Empty(await store.GetOpenPostsAsync());
    }

    private static string AnswerOf(JsonObject message, string articles)
    {
        var description = message["embeds"]![0]!["description"]!.GetValue<string>();
        var knowledge = TriviaBot.Knowledge.KnowledgePipeline.Build(new TriviaBot.Knowledge.Ingestion.ArticleLoader(Microsoft.Extensions.Logging.Abstractions.NullLogger<TriviaBot.Knowledge.Ingestion.ArticleLoader>.Instance).Load(articles));
        return knowledge.Served.First(q => description.StartsWith(q.Prompt, StringComparison.Ordinal)).Answer;
    }

    private static async Task<Process> StartBotAsync(LocalDiscordServer server, string database, string articles, CancellationToken ct)
    {
        var readies = server.Recorder.Frames.Count(f => f.EventName == "READY");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "TriviaBot.dll")])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TRIVIABOT_Discord__Token"] = server.Token;
        start.Environment["TRIVIABOT_Discord__ApiBaseUrl"] = server.RestBaseUrl.ToString();
        start.Environment["TRIVIABOT_Storage__Path"] = database;
        start.Environment["TRIVIABOT_Knowledge__ArticlesPath"] = articles;
        start.Environment["TRIVIABOT_Game__AnswerWindow"] = "00:00:05";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (server.Recorder.Frames.Count(f => f.EventName == "READY") == readies)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot process exited with code {process.ExitCode} before READY.");
            }

            await Task.Delay(20, ct);
        }

        return process;
    }
}
