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

    private static IHost BuildBot(LocalDiscordServer server, string token) =>
        HostFactory.CreateBuilder(
            [$"--Discord:Token={token}", $"--Discord:ApiBaseUrl={server.RestBaseUrl}"],
            withBot: true).Build();

    [Fact]
    public async Task Bot_SlashCommandThroughLocalServer_RespondsEphemerallyWithAllowedMentions()
    {
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(250) });
        using var host = BuildBot(server, server.Token);
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
        using var host = BuildBot(server, server.Token);
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
        using var host = BuildBot(server, "not-the-token");
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
        using var host = BuildBot(server, server.Token);
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
