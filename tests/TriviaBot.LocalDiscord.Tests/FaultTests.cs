using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord.Tests;

public sealed class FaultTests
{
    public static TheoryData<int> CloseCodes => [4000, 4001, 4002, 4003, 4004, 4005, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 1000, 1001];

    [Theory]
    [MemberData(nameof(CloseCodes))]
    public async Task Close_InjectedCode_ClientSeesThatCode(int code)
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _c = client;
        Assert.Equal(1, server.Faults.Close(code));
        Assert.Equal(code, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Zombie_AfterInjection_HeartbeatsNotAcked()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        server.Faults.Zombie();
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 1 });
        await server.Recorder.WaitForFrameAsync(f => f.Direction == "in" && f.Op == 1);
        await server.DispatchAsync("MARKER", []);
        var next = await client.ReceiveAsync();
        Assert.Equal("MARKER", (string?)next["t"]); // no op 11 came before the marker
        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task Reconnect_Injected_ClientReceivesOp7()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        server.Faults.Reconnect();
        Assert.Equal(7, (int)(await client.ReceiveAsync())["op"]!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InvalidSession_Injected_ClientReceivesOp9WithFlag(bool resumable)
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        server.Faults.InvalidSession(resumable);
        var frame = await client.ReceiveAsync();
        Assert.Equal((9, resumable), ((int)frame["op"]!, (bool)frame["d"]!));
    }

    [Fact]
    public async Task RequestHeartbeat_Injected_ClientReceivesOp1()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        server.Faults.RequestHeartbeat();
        Assert.Equal(1, (int)(await client.ReceiveAsync())["op"]!);
    }

    [Fact]
    public async Task DropTcp_Injected_SocketAbortedWithoutCloseFrame()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        server.Faults.DropTcp();
        await Assert.ThrowsAsync<WebSocketException>(client.TryReceiveAsync);
        Assert.Null(client.CloseStatus);
    }

    [Fact]
    public async Task DuplicateNextDispatch_Injected_SameFrameSentTwice()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        server.Faults.DuplicateNextDispatch();
        await server.DispatchAsync("INTERACTION_CREATE", new JsonObject { ["id"] = "123" }, server.GuildId);
        var a = await client.ReceiveAsync();
        var b = await client.ReceiveAsync();
        Assert.Equal(a.ToJsonString(), b.ToJsonString());
    }

    [Fact]
    public async Task ReplayDispatch_Injected_OldSequenceSentAgain()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        await server.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["n"] = 1 }, server.GuildId);
        await client.ReceiveDispatchAsync("MESSAGE_CREATE");
        Assert.Equal(1, server.Faults.ReplayDispatch(1));
        var replayed = await client.ReceiveAsync();
        Assert.Equal(("READY", 1L), ((string?)replayed["t"], (long)replayed["s"]!));
    }

    [Fact]
    public async Task ControlApi_PostFault_ClosesWithCode()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        using var http = new HttpClient { BaseAddress = new Uri(server.RestBaseUrl, "/") };
        using var response = await http.PostAsync("_local/faults", TestSupport.Json(new JsonObject { ["kind"] = "close", ["code"] = 4009 }));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(4009, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("user")]
    [InlineData("shared")]
    [InlineData("global")]
    public async Task RestFault_429Scope_HeadersAndBody(string scope)
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        server.Faults.RestFault(new RestFaultSpec("/users/@me", 429, scope, RetryAfter: 2.5));
        using var response = await http.GetAsync("users/@me");
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(scope, response.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Equal((2.5, scope == "global"), ((double)body["retry_after"]!, (bool)body["global"]!));
        Assert.Equal(scope == "global", response.Headers.Contains("X-RateLimit-Global"));
        using var next = await http.GetAsync("users/@me");
        Assert.Equal(200, (int)next.StatusCode);
    }

    [Fact]
    public async Task RestFault_Html429_NoRateLimitHeaders()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        server.Faults.RestFault(new RestFaultSpec("*", 429, Html: true));
        using var response = await http.GetAsync("users/@me");
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task RestFault_5xxForTwoRequests_ThenSucceeds()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        server.Faults.RestFault(new RestFaultSpec("/channels/*/messages", 502, Count: 2));
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var r = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "hi" }));
            statuses.Add((int)r.StatusCode);
        }
        Assert.Equal([502, 502, 200], statuses);
    }

    [Fact]
    public async Task SlowResponses_FakeTime_ResponseWaitsForAdvance()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        using var http = TestSupport.Http(server);
        server.Faults.SlowResponses(TimeSpan.FromSeconds(30));
        var pending = http.GetAsync("users/@me");
        await server.Recorder.WaitForFrameAsync(_ => true).WaitAsync(TimeSpan.FromMilliseconds(50)).ContinueWith(_ => { });
        Assert.False(pending.IsCompleted);
        while (!pending.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(pending, Task.Delay(20));
        }
        using var response = await pending;
        Assert.Equal(200, (int)response.StatusCode);
    }
}
