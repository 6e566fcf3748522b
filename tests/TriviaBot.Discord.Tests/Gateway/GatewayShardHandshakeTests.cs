using System.Text.Json;
using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

public sealed class GatewayShardHandshakeTests
{
    [Fact]
    public async Task RunAsync_Hello_SendsIdentifyWithTokenIntentsPropertiesAndShard()
    {
        await using var h = new ShardHarness(shardId: 1, shardCount: 3).Start();
        var t = await h.Transports.NextAsync();
        Assert.Equal(new Uri("ws://gateway.test/?v=10&encoding=json"), t.Uri);

        await t.DeliverAsync(ShardHarness.Hello());
        var identify = await t.NextSentAsync();

        Assert.Equal(GatewayOpcode.Identify, identify.GetProperty("op").GetInt32());
        var d = identify.GetProperty("d");
        Assert.Equal(ShardHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal(1, d.GetProperty("intents").GetInt32());
        Assert.Equal("triviabot", d.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal("triviabot", d.GetProperty("properties").GetProperty("device").GetString());
        Assert.False(string.IsNullOrEmpty(d.GetProperty("properties").GetProperty("os").GetString()));
        Assert.Equal([1, 3], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        Assert.Equal(1, h.Gate.Calls);
    }

    [Fact]
    public async Task RunAsync_Ready_ReachesHandlerAndShardIsReady()
    {
        await using var h = new ShardHarness().Start();
        await h.ConnectReadyAsync();

        Assert.Equal(GatewayShardState.Ready, h.Shard.State);
        Assert.Equal(1, h.Shard.GetStatus().Sequence);
    }

    [Fact]
    public async Task RunAsync_AfterHello_FirstHeartbeatAtJitteredFractionThenEveryInterval()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        var start = h.Time.GetUtcNow();

        h.Time.Advance(ShardHarness.FirstBeat - TimeSpan.FromMilliseconds(1));
        await h.BarrierAsync(t);
        Assert.Equal(0, t.SentCount(GatewayOpcode.Heartbeat));

        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await t.NextSentAsync(GatewayOpcode.Heartbeat);
        await t.DeliverAsync(ShardHarness.Ack());

        h.Time.Advance(ShardHarness.Interval - TimeSpan.FromMilliseconds(1));
        await h.BarrierAsync(t);
        Assert.Equal(1, t.SentCount(GatewayOpcode.Heartbeat));

        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await t.NextSentAsync(GatewayOpcode.Heartbeat);
        var times = t.SentLog.Where(f => f.Frame.GetProperty("op").GetInt32() == 1).Select(f => f.At - start).ToArray();
        Assert.Equal([ShardHarness.FirstBeat, ShardHarness.FirstBeat + ShardHarness.Interval], times);
    }

    [Fact]
    public async Task Heartbeat_AfterDispatches_CarriesLastSequence()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        await t.DeliverAsync(ShardHarness.Dispatch("GUILD_CREATE", 5));

        h.Time.Advance(ShardHarness.FirstBeat);
        var beat = await t.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(5, beat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Heartbeat_BeforeAnyDispatch_CarriesNull()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.Transports.NextAsync();
        await t.DeliverAsync(ShardHarness.Hello());
        await t.NextSentAsync(GatewayOpcode.Identify);

        h.Time.Advance(ShardHarness.FirstBeat);
        var beat = await t.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(JsonValueKind.Null, beat.GetProperty("d").ValueKind);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_Op1_HeartbeatsImmediately()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        await t.DeliverAsync("""{"op":1,"d":null}""");
        var beat = await t.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(1, beat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Dispatches_ReplayedAndDuplicated_AllReachHandlerInOrderAndSequenceOnlyMovesForward()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        foreach (var s in new long[] { 2, 3, 2, 3, 4, 3 })
        {
            t.Enqueue(ShardHarness.Dispatch("INTERACTION_CREATE", s, $$"""{"id":"{{s}}"}"""));
        }

        await h.BarrierAsync(t);
        h.Time.Advance(ShardHarness.FirstBeat);
        var beat = await t.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.Equal(new long[] { 2, 3, 2, 3, 4, 3 },
            h.Handler.All.Where(d => d.Type == "INTERACTION_CREATE").Select(d => d.Sequence).ToArray());
        Assert.Equal(4, beat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task SendAsync_FrameOver4096Bytes_RejectedLocally()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        using var big = JsonDocument.Parse($$"""{"status":"{{new string('x', 5000)}}"}""");

        await Assert.ThrowsAsync<ArgumentException>(() => h.Shard.SendAsync(GatewayOpcode.PresenceUpdate, big.RootElement, CancellationToken.None));
        Assert.Equal(0, t.SentCount(GatewayOpcode.PresenceUpdate));
    }

    [Fact]
    public async Task SendAsync_SmallFrame_IsSent()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        using var presence = JsonDocument.Parse("""{"status":"online","afk":false,"since":null,"activities":[]}""");

        await h.Shard.SendAsync(GatewayOpcode.PresenceUpdate, presence.RootElement, CancellationToken.None);

        var sent = await t.NextSentAsync(GatewayOpcode.PresenceUpdate);
        Assert.Equal("online", sent.GetProperty("d").GetProperty("status").GetString());
    }
}
