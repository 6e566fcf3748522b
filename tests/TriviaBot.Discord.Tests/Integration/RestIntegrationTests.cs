using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Rest;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Discord.Tests.Integration;

/// <summary>REST client against the local server: rate limits, retries, auth, validation, nonces, command sync.</summary>
public sealed class RestIntegrationTests
{
    private static ulong Id(string s) => ulong.Parse(s, CultureInfo.InvariantCulture);

    private static bool IsMessagePost(TriviaBot.LocalDiscord.RecordedRequest r) => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal);

    /// <summary>Advances fake time in small steps until <paramref name="task"/> completes (bounded).</summary>
    private static async Task<T> AdvanceUntilAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan step, TimeSpan max)
    {
        var advanced = TimeSpan.Zero;
        while (!task.IsCompleted && advanced < max)
        {
            time.Advance(step);
            advanced += step;
            await Task.WhenAny(task, Task.Delay(20));
        }
        return await task.WaitAsync(LocalDiscordHarness.Timeout);
    }

    [Fact]
    public async Task CreateMessage_429WithRetryAfter_WaitsAndSucceeds()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        h.Server.Faults.RestFault(new RestFaultSpec("/channels/*/messages", 429, "user", RetryAfter: 0.3, Method: "POST"));

        var message = await h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "hello" });

        Assert.Equal("hello", message.Content);
        var posts = h.Recorder.Requests.Where(IsMessagePost).ToList();
        Assert.Equal([429, 200], posts.Select(r => r.Status));
        Assert.True(posts[1].Timestamp - posts[0].Timestamp >= TimeSpan.FromMilliseconds(250), $"waited {posts[1].Timestamp - posts[0].Timestamp}");
    }

    [Fact]
    public async Task Rest_429GlobalScope_PausesEveryRoute()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        h.Server.Faults.RestFault(new RestFaultSpec("/channels/*/messages", 429, "global", RetryAfter: 0.4, Method: "POST"));

        var create = h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "hello" });
        var limited = await h.WaitForRequestAsync(r => r.Status == 429);
        // The server records the 429 before the client reads it: wait until the client has taken it in.
        await h.Logs.WaitForAsync(l => l.Contains("429 (global)", StringComparison.Ordinal));
        var me = await h.Rest.GetCurrentUserAsync();
        await create.WaitAsync(LocalDiscordHarness.Timeout);

        Assert.Equal(h.Server.BotUserId, me.Id.ToString(CultureInfo.InvariantCulture));
        var get = h.Recorder.Requests.Single(r => r.Method == "GET" && r.Path.EndsWith("/users/@me", StringComparison.Ordinal));
        Assert.True(get.Timestamp - limited.Timestamp >= TimeSpan.FromMilliseconds(300), $"other route paused only {get.Timestamp - limited.Timestamp}");
        Assert.Equal([429, 200], h.Recorder.Requests.Where(IsMessagePost).Select(r => r.Status));
    }

    [Fact]
    public async Task CreateMessage_429HtmlBody_BacksOffBoundedThenSucceeds()
    {
        // Cloudflare-style 429: the client pauses everything for BanBackoff (60 s); fake time on both sides.
        var time = new FakeTimeProvider();
        await using var h = await LocalDiscordHarness.StartAsync(clientTime: time, configure: o => o.Time = time);
        h.Server.Faults.RestFault(new RestFaultSpec("/channels/*/messages", 429, Html: true, Method: "POST"));

        var create = h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "hello" });
        await h.WaitForRequestAsync(r => r.Status == 429);
        Assert.False(create.IsCompleted);
        var message = await AdvanceUntilAsync(time, create, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

        Assert.Equal("hello", message.Content);
        var posts = h.Recorder.Requests.Where(IsMessagePost).ToList();
        Assert.Equal([429, 200], posts.Select(r => r.Status));
        Assert.True(posts[1].Timestamp - posts[0].Timestamp >= DiscordRestClient.BanBackoff);
    }

    [Fact]
    public async Task CreateMessage_429HtmlBodyRepeated_GivesUpAfterBoundedRetries()
    {
        var time = new FakeTimeProvider();
        await using var h = await LocalDiscordHarness.StartAsync(clientTime: time, configure: o => o.Time = time);
        h.Server.Faults.RestFault(new RestFaultSpec("/channels/*/messages", 429, Html: true, Method: "POST", Count: 100));

        var create = h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "hello" });
        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => AdvanceUntilAsync(time, create, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, ex.Status);
        Assert.Equal(DiscordRestClient.MaxBanRetries + 1, h.Recorder.Requests.Count(IsMessagePost));
    }

    [Fact]
    public async Task CreateMessage_5xxTwice_RetriedThenSucceeds()
    {
        var time = new FakeTimeProvider();
        await using var h = await LocalDiscordHarness.StartAsync(clientTime: time, configure: o => o.Time = time);
        h.Server.Faults.RestFault(new RestFaultSpec("/channels/*/messages", 502, Method: "POST", Count: 2));

        var create = h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "hello" });
        var message = await AdvanceUntilAsync(time, create, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        Assert.Equal("hello", message.Content);
        Assert.Equal([502, 502, 200], h.Recorder.Requests.Where(IsMessagePost).Select(r => r.Status));
    }

    [Fact]
    public async Task Rest_WrongToken401_HaltsAllTraffic()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        using var http = new HttpClient();
        var rest = new DiscordRestClient(http, new DiscordToken("not-the-token"), h.Options, TimeProvider.System, h.Logs.CreateLogger<DiscordRestClient>());

        await Assert.ThrowsAsync<DiscordFatalException>(() => rest.GetCurrentUserAsync());
        Assert.True(rest.IsHalted);
        var sent = h.Recorder.Requests.Count;
        await Assert.ThrowsAsync<DiscordFatalException>(() => rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "x" }));

        Assert.Equal(sent, h.Recorder.Requests.Count);
        Assert.Equal(401, Assert.Single(h.Recorder.Requests).Status);
    }

    [Fact]
    public async Task CreateMessage_OversizeContent_RejectedLocallyBeforeSending()
    {
        await using var h = await LocalDiscordHarness.StartAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = new string('x', 2001) }));

        Assert.Contains("content", ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Recorder.Requests);
    }

    [Fact]
    public async Task EditMessage_ServerRejectsBody_SurfacesDiscordApiException50035()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        var sent = await h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "hello" });

        // Empty content, no embeds, no components is only invalid server-side: a 50035 (or 50006) reaches the caller.
        var ex = await Assert.ThrowsAsync<DiscordApiException>(() =>
            h.Rest.CreateMessageAsync(Id(h.Server.ChannelId), new MessageCreate { Content = "" }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.Status);
        Assert.Contains(ex.Code, new[] { DiscordErrorCodes.InvalidFormBody, 50006 });
        Assert.Equal("hello", sent.Content);
    }

    [Fact]
    public async Task CreateMessage_NonceWithEnforceNonceRetried_CreatesOneMessage()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        var channel = Id(h.Server.ChannelId);

        var first = await h.Rest.CreateMessageAsync(channel, new MessageCreate { Content = "once" }, nonce: "n-123", enforceNonce: true);
        var retry = await h.Rest.CreateMessageAsync(channel, new MessageCreate { Content = "once" }, nonce: "n-123", enforceNonce: true);

        Assert.Equal(first.Id, retry.Id);
        Assert.Single(h.Server.GetMessages(h.Server.ChannelId), m => m["content"]?.GetValue<string>() == "once");
        Assert.All(h.Recorder.Requests.Where(IsMessagePost), r => Assert.Contains("\"enforce_nonce\":true", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegisterCommands_SameSetTwice_PutsOnceThenSkips()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        var registrar = new CommandRegistrar(h.Rest, h.Options, h.Logs.CreateLogger<CommandRegistrar>());
        ApplicationCommandDefinition[] commands =
        [
            new() { Name = "trivia", Description = "Start a trivia round", Options =
                [new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "Topic" }] },
            new() { Name = "ping", Description = "Check the bot" },
        ];
        var app = Id(h.Server.ApplicationId);

        Assert.Equal(CommandRegistrationOutcome.Overwritten, await registrar.RegisterAsync(app, commands));
        Assert.Equal(CommandRegistrationOutcome.Unchanged, await registrar.RegisterAsync(app, commands));

        Assert.Single(h.Recorder.Requests, r => r.Method == "PUT");
        Assert.Equal(2, h.Recorder.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/commands", StringComparison.Ordinal)));
        Assert.Equal(2, h.Server.RegisteredCommands().Count);
    }
}
