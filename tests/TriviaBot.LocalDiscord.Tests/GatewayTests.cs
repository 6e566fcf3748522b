using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord.Tests;

public sealed class GatewayTests
{
    [Fact]
    public async Task Handshake_Identify_HelloThenReadyThenGuildCreate()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        var hello = await client.ReceiveAsync();
        Assert.Equal(10, (int)hello["op"]!);
        Assert.Equal(150, (int)hello["d"]!["heartbeat_interval"]!);

        await client.SendAsync(TestSupport.Identify(server.Token));
        var ready = await client.ReceiveAsync();
        var guildCreate = await client.ReceiveAsync();

        Assert.Equal("READY", (string?)ready["t"]);
        Assert.Equal(1, (long)ready["s"]!);
        var d = ready["d"]!;
        Assert.False(string.IsNullOrEmpty((string?)d["session_id"]));
        Assert.NotEqual(server.GatewayUrl.ToString(), (string?)d["resume_gateway_url"]);
        Assert.EndsWith("/gateway-resume", (string?)d["resume_gateway_url"], StringComparison.Ordinal);
        Assert.Equal(server.ApplicationId, (string?)d["application"]!["id"]);
        Assert.Equal(server.BotUserId, (string?)d["user"]!["id"]);
        Assert.True((bool)d["guilds"]![0]!["unavailable"]!);
        Assert.Equal("GUILD_CREATE", (string?)guildCreate["t"]);
        Assert.Equal(2, (long)guildCreate["s"]!);
        Assert.Equal(server.GuildId, (string?)guildCreate["d"]!["id"]);
    }

    [Fact]
    public async Task Heartbeat_ClientSendsLastSeq_AckedAndRecorded()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _c = client;
        await client.ReceiveDispatchAsync("GUILD_CREATE");

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 });
        var ack = await client.ReceiveAsync();

        Assert.Equal(11, (int)ack["op"]!);
        var recorded = await server.Recorder.WaitForFrameAsync(f => f.Direction == "in" && f.Op == 1);
        Assert.Equal(2, (int)JsonNode.Parse(recorded.RawJson)!["d"]!);
    }

    [Fact]
    public async Task Identify_BadToken_Closes4004()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendAsync(TestSupport.Identify("not-the-token"));
        Assert.Equal(4004, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frame_Over4096Bytes_Closes4002()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendRawAsync("{\"op\":1,\"d\":null,\"pad\":\"" + new string('x', 5000) + "\"}");
        Assert.Equal(4002, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frame_InvalidJson_Closes4002()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendRawAsync("{not json");
        Assert.Equal(4002, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frame_UnknownOpcode_Closes4001()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _c = client;
        await client.SendAsync(new JsonObject { ["op"] = 42, ["d"] = null });
        Assert.Equal(4001, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frame_OpBeforeIdentify_Closes4003()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendAsync(new JsonObject { ["op"] = 3, ["d"] = new JsonObject { ["status"] = "online" } });
        Assert.Equal(4003, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Identify_Twice_Closes4005()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _c = client;
        await client.SendAsync(TestSupport.Identify(server.Token));
        Assert.Equal(4005, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Identify_ShardIdNotBelowCount_Closes4010()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendAsync(TestSupport.Identify(server.Token, shardId: 2, shardCount: 2));
        Assert.Equal(4010, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Identify_PrivilegedIntent_Closes4014()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendAsync(TestSupport.Identify(server.Token, intents: 1 << 15));
        Assert.Equal(4014, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frames_MoreThan120PerWindow_Closes4008()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        for (var i = 0; i < 121; i++)
        {
            await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        }
        Assert.Equal(4008, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Frames_120PerWindowSpreadOverTime_NotClosed()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        for (var i = 0; i < 200; i++)
        {
            await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
            Assert.Equal(11, (int)(await client.ReceiveAsync())["op"]!);
            time.Advance(TimeSpan.FromSeconds(0.6));
        }
        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task Identify_SameBucketWithinFiveSeconds_Closes4008AndCountsSessionStarts()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => { o.Time = time; o.IdentifyInterval = TimeSpan.FromSeconds(5); o.SessionStartRemaining = 10; });
        var (first, _) = await GatewayTestClient.IdentifiedAsync(server, 0, 2);
        await using var _f = first;
        await using var second = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await second.ReceiveAsync();
        await second.SendAsync(TestSupport.Identify(server.Token, 1, 2));
        Assert.Equal(4008, await second.ReceiveCloseAsync());

        time.Advance(TimeSpan.FromSeconds(5));
        var (third, _) = await GatewayTestClient.IdentifiedAsync(server, 1, 2);
        await using var _t = third;
        using var http = TestSupport.Http(server);
        var gateway = await TestSupport.ReadJsonAsync(await http.GetAsync("gateway/bot"));
        Assert.Equal(8, (int)gateway["session_start_limit"]!["remaining"]!);
    }

    [Fact]
    public async Task Resume_AfterDroppedSocket_ReplaysMissedEventsThenResumed()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await client.ReceiveDispatchAsync("GUILD_CREATE");
        var sessionId = client.SessionId!;
        var seq = client.LastSeq!.Value;
        server.Faults.DropTcp();
        Assert.Null(await client.TryReceiveAsync().ContinueWith(t => t.IsFaulted ? null : t.Result));
        await client.DisposeAsync();
        await server.Recorder.WaitForCloseAsync(c => c.Initiator == "server-drop");

        await server.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["n"] = 1 }, server.GuildId);
        await server.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["n"] = 2 }, server.GuildId);

        await using var resumed = await GatewayTestClient.ConnectAsync(new Uri(server.GatewayUrl.ToString().Replace("/gateway", "/gateway-resume", StringComparison.Ordinal)));
        await resumed.ReceiveAsync();
        await resumed.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.Token, ["session_id"] = sessionId, ["seq"] = seq } });
        var first = await resumed.ReceiveAsync();
        var second = await resumed.ReceiveAsync();
        var done = await resumed.ReceiveAsync();

        Assert.Equal((seq + 1, 1), ((long)first["s"]!, (int)first["d"]!["n"]!));
        Assert.Equal((seq + 2, 2), ((long)second["s"]!, (int)second["d"]!["n"]!));
        Assert.Equal(("RESUMED", seq + 3), ((string?)done["t"], (long)done["s"]!));
    }

    [Fact]
    public async Task Resume_UnknownSession_InvalidSessionFalse()
    {
        await using var server = await TestSupport.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.Token, ["session_id"] = "nope", ["seq"] = 3 } });
        var frame = await client.ReceiveAsync();
        Assert.Equal((9, false), ((int)frame["op"]!, (bool)frame["d"]!));
    }

    [Fact]
    public async Task Resume_AfterClient1000Close_InvalidSessionFalse()
    {
        await using var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        var sessionId = client.SessionId!;
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure);
        await client.DisposeAsync();
        await server.Recorder.WaitForCloseAsync(c => c.Initiator == "client");

        await using var again = await GatewayTestClient.ConnectAsync(server.GatewayUrl);
        await again.ReceiveAsync();
        await again.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.Token, ["session_id"] = sessionId, ["seq"] = 1 } });
        var frame = await again.ReceiveAsync();
        Assert.Equal((9, false), ((int)frame["op"]!, (bool)frame["d"]!));
    }

    [Fact]
    public async Task Dispatch_TwoShards_RoutedByGuildIdShift22ModShardCount()
    {
        await using var server = await TestSupport.StartAsync(o => o.RecommendedShards = 2);
        var (shard0, _) = await GatewayTestClient.IdentifiedAsync(server, 0, 2, intents: 0);
        var (shard1, _) = await GatewayTestClient.IdentifiedAsync(server, 1, 2, intents: 0);
        await using var _0 = shard0;
        await using var _1 = shard1;
        const string guildOnShard1 = "4194304"; // 1 << 22 ⇒ shard 1 of 2
        await server.DispatchAsync("GUILD_UPDATE", new JsonObject { ["id"] = guildOnShard1 }, guildOnShard1);
        await server.DispatchAsync("GUILD_UPDATE", new JsonObject { ["id"] = "8388608" }, "8388608"); // shard 0

        Assert.Equal(guildOnShard1, (string?)(await shard1.ReceiveDispatchAsync("GUILD_UPDATE"))["d"]!["id"]);
        Assert.Equal("8388608", (string?)(await shard0.ReceiveDispatchAsync("GUILD_UPDATE"))["d"]!["id"]);
    }
}
