using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriviaBot.Bot;
using TriviaBot.Cli;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Tests;

/// The host as the bot: composed by HostFactory exactly like `dotnet run`, talking to the local Discord-faithful
/// server over real sockets.
public sealed class BotHostTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20); // only bounds a failure

    private static IHost BuildBot(LocalDiscordServer server, string token, TempFolder folder) =>
        HostFactory.CreateBuilder(
            [$"--Discord:Token={token}", $"--Discord:ApiBaseUrl={server.RestBaseUrl}", $"--Storage:Path={Path.Combine(folder.Path, "bot.db")}"],
            withBot: true).Build();

    [Fact]
    public async Task Bot_SlashCommandThroughLocalServer_RespondsEphemerallyWithAllowedMentions()
    {
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(250) });
        using var folder = new TempFolder();
        using var host = BuildBot(server, server.Token, folder);
        using var timeout = new CancellationTokenSource(Bound);
        await host.StartAsync(timeout.Token);
        await server.Recorder.WaitForFrameAsync(f => f.EventName == "READY", timeout.Token);

        var outcome = await server.InvokeCommandAsync("alice", server.ChannelId, "ping", ct: timeout.Token);
        await host.StopAsync(timeout.Token);

        Assert.Equal("responded", outcome.Status);
        var data = outcome.Response!["data"]!.AsObject();
        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task Bot_Start_RegistersItsCommands()
    {
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(250) });
        using var folder = new TempFolder();
        using var host = BuildBot(server, server.Token, folder);
        using var timeout = new CancellationTokenSource(Bound);
        await host.StartAsync(timeout.Token);
        await server.Recorder.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), timeout.Token);
        await host.StopAsync(timeout.Token);

        Assert.Contains(server.RegisteredCommands(), c => c["name"]!.GetValue<string>() == "ping");
    }

    [Fact]
    public async Task Bot_WrongToken_StopsByItselfWithAFatalError()
    {
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(250) });
        using var folder = new TempFolder();
        using var host = BuildBot(server, "not-the-token", folder);
        using var timeout = new CancellationTokenSource(Bound);

        var state = host.Services.GetRequiredService<BotRunState>();

        await host.RunAsync(timeout.Token); // returns because the bot stopped the host, not because of the bound

        Assert.False(timeout.IsCancellationRequested);
        Assert.Contains("401", state.FatalError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_ArticleTextWithEveryone_IsNeverAllowedToPing()
    {
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(250) });
        using var folder = new TempFolder();
        using var host = BuildBot(server, server.Token, folder);
        using var timeout = new CancellationTokenSource(Bound);
        await host.StartAsync(timeout.Token);
        await server.Recorder.WaitForFrameAsync(f => f.EventName == "READY", timeout.Token);

        await server.InvokeCommandAsync("bob", server.ChannelId, "ping", new JsonObject(), ct: timeout.Token);
        await host.StopAsync(timeout.Token);

        // Every request body the bot sent with content carries an explicit allowed_mentions.
        var bodies = server.Recorder.Requests.Where(r => r.Body.Contains("\"content\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, r => Assert.Contains("\"allowed_mentions\"", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_NoTokenNoPlayground_SaysHowToSetTheTokenAndPlayLocally()
    {
        using var output = new StringWriter();

        var code = await SummaryCommand.RunAsync(output, noPlayground: true, CancellationToken.None);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("TRIVIABOT_Discord__Token", text, StringComparison.Ordinal);
        Assert.Contains("without --no-playground", text, StringComparison.Ordinal);
        Assert.Contains("local-discord", text, StringComparison.Ordinal);
    }
}

public sealed class HttpModeHostTests
{
    [Fact]
    public async Task Bot_HttpInteractionsMode_AnswersSignedTriviaWithoutAGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var folder = new TempFolder();
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { InteractionsEndpointUrl = new Uri($"http://127.0.0.1:{port}/interactions") });
        using var host = HostFactory.CreateBuilder(
        [
            $"--Discord:Token={server.Token}", $"--Discord:ApiBaseUrl={server.RestBaseUrl}", "--Discord:Mode=Http",
            $"--Discord:PublicKey={server.PublicKeyHex}", $"--Discord:HttpListenUrl=http://127.0.0.1:{port}",
            $"--Storage:Path={Path.Combine(folder.Path, "bot.db")}",
        ], withBot: true).Build();
        await host.StartAsync(timeout.Token);
        await server.Recorder.WaitForRequestAsync(r => r.Path.EndsWith("/commands", StringComparison.Ordinal), timeout.Token);

        var probeResult = await server.ProbeInteractionsEndpointAsync(timeout.Token);
        var trivia = await server.InvokeCommandAsync("alice", server.ChannelId, "trivia", ct: timeout.Token);
        await host.StopAsync(timeout.Token);

        Assert.Equal((200, 401), (probeResult.ValidStatus, probeResult.InvalidStatus));
        Assert.Equal("responded", trivia.Status);
        Assert.NotNull(trivia.Response!["data"]!["embeds"]);
        Assert.DoesNotContain(server.Recorder.Connections, c => c.Path.Contains("gateway", StringComparison.Ordinal));
    }
}

public sealed class BotOptionsTests
{
    [Theory]
    [InlineData("--Game:AnswerWindow=00:00:01", "Game:AnswerWindow")]
    [InlineData("--Game:MaxRounds=0", "Game:MaxRounds")]
    [InlineData("--Daily:CatchUpWindow=2.00:00:00", "Daily:CatchUpWindow")]
    [InlineData("--Storage:Provider=Oracle", "Storage:Provider")]
    public async Task Bot_BadOptionValue_StopsStartWithTheKeyNamed(string setting, string key)
    {
        using var host = HostFactory.CreateBuilder(["--Discord:Token=x", "--Discord:ApiBaseUrl=http://127.0.0.1:9/api/v10", setting], withBot: true).Build();

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, string.Join(";", error.Failures), StringComparison.Ordinal);
    }
}
