using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord.Hosting;
using TriviaBot.Discord.Http;
using TriviaBot.Discord.Interactions;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Discord.Tests.Http;

/// <summary><c>Discord:Mode = Http</c> end to end: the bot's hosted endpoint on a free port, LocalDiscord POSTing
/// signed interactions to it as Discord does.</summary>
public sealed class HttpInteractionsServiceTests : IAsyncLifetime
{
    private readonly LocalDiscordOptions _serverOptions = new()
    {
        Port = 0,
        HeartbeatInterval = TimeSpan.FromSeconds(60),
        // A unique token per test: the REST global limiter is keyed per token, per process.
        Token = "bot." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
    };

    private LocalDiscordServer _server = null!;

    private sealed class EchoHandler : IInteractionHandler
    {
        public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
            context.RespondAsync("pong " + context.Interaction.Command!.Name, ephemeral: true, cancellationToken);
    }

    public async Task InitializeAsync() => _server = await LocalDiscordServer.StartAsync(_serverOptions);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IHost BuildBot(string mode = "Http", string? publicKey = null, string listenUrl = "http://127.0.0.1:0")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = _server.Token,
            ["Discord:ApiBaseUrl"] = _server.RestBaseUrl.ToString(),
            ["Discord:Mode"] = mode,
            ["Discord:PublicKey"] = publicKey ?? _server.PublicKeyHex,
            ["Discord:HttpListenUrl"] = listenUrl,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IInteractionHandler, EchoHandler>();
        builder.Services.AddDiscord(); // as the host does, before opting in
        builder.Services.AddDiscordHttpInteractions();
        return builder.Build();
    }

    private async Task<(IHost Bot, Uri Endpoint)> StartBotAsync()
    {
        var bot = BuildBot();
        await bot.StartAsync();
        var endpoint = bot.Services.GetRequiredService<DiscordHttpInteractionsService>().EndpointUrl!;
        _serverOptions.InteractionsEndpointUrl = endpoint;
        return (bot, endpoint);
    }

    [Fact]
    public async Task InvokeCommand_HttpMode_HandlerAnswersInline()
    {
        var (bot, _) = await StartBotAsync();
        using (bot)
        {
            var outcome = await _server.InvokeCommandAsync("alice", _server.ChannelId, "quiz");

            Assert.Equal("responded", outcome.Status);
            Assert.Equal(4, (int)outcome.Response!["type"]!);
            Assert.Equal("pong quiz", (string)outcome.Response["data"]!["content"]!);
            // Inline: the POST itself was answered 200 with the response (no callback route, no 202).
            Assert.Contains(_server.Recorder.Requests, r => r.Path.StartsWith("endpoint:", StringComparison.Ordinal) && r.Status == 200);
            await bot.StopAsync();
        }
    }

    [Fact]
    public async Task Probe_HttpMode_PongForValidSignatureAnd401ForInvalid()
    {
        var (bot, _) = await StartBotAsync();
        using (bot)
        {
            var (validStatus, validBody, invalidStatus) = await _server.ProbeInteractionsEndpointAsync();

            Assert.Equal((200, 1, 401), (validStatus, (int)JsonNode.Parse(validBody)!["type"]!, invalidStatus));
            await bot.StopAsync();
        }
    }

    [Fact]
    public async Task Start_HttpModeWithBadPublicKey_ThrowsNamingTheKey()
    {
        using var bot = BuildBot(publicKey: "not-hex");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.StartAsync());

        Assert.Contains("Discord:PublicKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HttpModeWithPathInListenUrl_ThrowsNamingTheKey()
    {
        using var bot = BuildBot(listenUrl: "http://127.0.0.1:0/discord");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.StartAsync());

        Assert.Contains("Discord:HttpListenUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_GatewayMode_ListensNowhere()
    {
        using var bot = BuildBot(mode: "Gateway");
        await bot.StartAsync();

        Assert.Null(bot.Services.GetRequiredService<DiscordHttpInteractionsService>().EndpointUrl);
        await bot.StopAsync();
    }

    [Fact]
    public void AddDiscordHttpInteractions_AfterAddDiscord_RegistersTheDispatchHandlerOnce()
    {
        var services = new ServiceCollection().AddDiscord().AddDiscordHttpInteractions().AddDiscord();

        Assert.Single(services, d => d.ServiceType == typeof(TriviaBot.Discord.IGatewayDispatchHandler));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://0.0.0.0:8080/", true)]
    [InlineData("https://127.0.0.1:8443", false)]
    [InlineData("http://127.0.0.1:8080/interactions", false)]
    [InlineData("127.0.0.1:8080", false)]
    public void TryParseListenUrl_Values_AcceptsOnlyPlainHttpAuthority(string value, bool expected) =>
        Assert.Equal(expected, DiscordHttpInteractionsService.TryParseListenUrl(value, out _));
}
