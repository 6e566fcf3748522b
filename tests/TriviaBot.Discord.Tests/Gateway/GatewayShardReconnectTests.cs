using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

public sealed class GatewayShardReconnectTests
{
    private static readonly Uri ResumeUri = new("ws://resume.test/r?v=10&encoding=json");
    private static readonly Uri BaseUri = new("ws://gateway.test/?v=10&encoding=json");

    private static async Task AssertResumesAsync(ShardHarness h, ScriptedTransport next, long seq = 1)
    {
        Assert.Equal(ResumeUri, next.Uri);
        await next.DeliverAsync(ShardHarness.Hello());
        var resume = await next.NextSentAsync();
        Assert.Equal(GatewayOpcode.Resume, resume.GetProperty("op").GetInt32());
        var d = resume.GetProperty("d");
        Assert.Equal(ShardHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal("sess-1", d.GetProperty("session_id").GetString());
        Assert.Equal(seq, d.GetProperty("seq").GetInt64());
    }

    private static async Task AssertIdentifiesOnBaseAsync(ScriptedTransport next)
    {
        Assert.Equal(BaseUri, next.Uri);
        await next.DeliverAsync(ShardHarness.Hello());
        var identify = await next.NextSentAsync();
        Assert.Equal(GatewayOpcode.Identify, identify.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Zombie_NoAckSincePreviousHeartbeat_ClosesNon1000AndResumesOnResumeUrl()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        h.Time.Advance(ShardHarness.FirstBeat);
        await t.NextSentAsync(GatewayOpcode.Heartbeat);

        h.Time.Advance(ShardHarness.Interval);

        Assert.Equal(GatewayCloseCodes.ClientResume, await t.CloseCalled.Task.WaitAsync(Guard.Timeout));
        await AssertResumesAsync(h, await h.Transports.NextAsync());
    }

    [Fact]
    public async Task Zombie_AfterResume_NewConnectionStartsWithFreshAckState()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        h.Time.Advance(ShardHarness.FirstBeat);
        await t.NextSentAsync(GatewayOpcode.Heartbeat);
        h.Time.Advance(ShardHarness.Interval);
        var t2 = await h.Transports.NextAsync();
        await t2.DeliverAsync(ShardHarness.Hello());
        await t2.NextSentAsync(GatewayOpcode.Resume);
        await t2.DeliverAsync(ShardHarness.Resumed(2));

        h.Time.Advance(ShardHarness.FirstBeat);
        await t2.NextSentAsync(GatewayOpcode.Heartbeat);
        await t2.DeliverAsync(ShardHarness.Ack());
        h.Time.Advance(ShardHarness.Interval);
        await t2.NextSentAsync(GatewayOpcode.Heartbeat);

        Assert.False(t2.CloseCalled.Task.IsCompleted);
        Assert.Equal(2, h.Transports.Count);
    }

    [Fact]
    public async Task Heartbeats_Acknowledged_NoZombieAndLatencyReported()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        for (var i = 0; i < 3; i++)
        {
            h.Time.Advance(i == 0 ? ShardHarness.FirstBeat : ShardHarness.Interval);
            await t.NextSentAsync(GatewayOpcode.Heartbeat);
            await t.DeliverAsync(ShardHarness.Ack());
        }

        await h.BarrierAsync(t);
        Assert.False(t.CloseCalled.Task.IsCompleted);
        Assert.Equal(TimeSpan.Zero, h.Shard.GetStatus().HeartbeatLatency);
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesNon1000AndResumes()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        await t.DeliverAsync("""{"op":7,"d":null}""");

        Assert.NotEqual(1000, await t.CloseCalled.Task.WaitAsync(Guard.Timeout));
        await AssertResumesAsync(h, await h.Transports.NextAsync());
    }

    [Fact]
    public async Task Reconnect_Op7BeforeHello_Reconnects()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.Transports.NextAsync();

        await t.DeliverAsync("""{"op":7,"d":null}""");

        await AssertIdentifiesOnBaseAsync(await h.Transports.NextAsync());
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        await t.DeliverAsync("""{"op":9,"d":true}""");

        await AssertResumesAsync(h, await h.Transports.NextAsync());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_WaitsOneToFiveSecondsThenIdentifiesOnBaseUrl()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        await t.DeliverAsync("""{"op":9,"d":false}""");
        await h.WaitForStateAsync(GatewayShardState.WaitingToReconnect);
        // FixedRandom(0.5): 1 s + 0.5 × 4 s.
        h.Time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.Equal(1, h.Transports.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));

        await AssertIdentifiesOnBaseAsync(await h.Transports.NextAsync());
    }

    [Fact]
    public async Task DroppedSocket_NoCloseFrame_ResumesOnResumeUrl()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        await t.DeliverAsync(ShardHarness.Dispatch("MESSAGE_CREATE", 7));

        t.Drop();

        await AssertResumesAsync(h, await h.Transports.NextAsync(), seq: 7);
    }

    [Fact]
    public async Task Resume_Twice_KeepsResumeUrlFromReady()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        await t.DeliverAsync("""{"op":7,"d":null}""");
        var t2 = await h.Transports.NextAsync();
        await AssertResumesAsync(h, t2);
        await t2.DeliverAsync(ShardHarness.Resumed(3));

        await t2.DeliverAsync("""{"op":7,"d":null}""");

        await AssertResumesAsync(h, await h.Transports.NextAsync(), seq: 3);
    }

    [Fact]
    public async Task Resume_ServerReplaysMissedEvents_HandlerGetsThemThenResumed()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        t.Drop();
        var t2 = await h.Transports.NextAsync();
        await AssertResumesAsync(h, t2);

        t2.Enqueue(ShardHarness.Dispatch("MESSAGE_CREATE", 2));
        t2.Enqueue(ShardHarness.Dispatch("MESSAGE_CREATE", 3));
        await t2.DeliverAsync(ShardHarness.Resumed(3));
        await h.Handler.WaitForAsync("RESUMED");

        Assert.Equal(["READY", "MESSAGE_CREATE", "MESSAGE_CREATE", "RESUMED"], h.Handler.All.Select(d => d.Type).ToArray());
        Assert.Equal(GatewayShardState.Ready, h.Shard.State);
    }

    public static TheoryData<int, GatewayCloseAction> CloseCodeTable() => new()
    {
        { 1000, GatewayCloseAction.Resume },
        { 1001, GatewayCloseAction.Resume },
        { 1006, GatewayCloseAction.Resume },
        { 4000, GatewayCloseAction.Resume },
        { 4001, GatewayCloseAction.Resume },
        { 4002, GatewayCloseAction.Resume },
        { 4003, GatewayCloseAction.NewSession },
        { 4005, GatewayCloseAction.NewSession },
        { 4007, GatewayCloseAction.NewSession },
        { 4008, GatewayCloseAction.NewSession },
        { 4009, GatewayCloseAction.NewSession },
        { 4004, GatewayCloseAction.Fatal },
        { 4010, GatewayCloseAction.Fatal },
        { 4011, GatewayCloseAction.Fatal },
        { 4012, GatewayCloseAction.Fatal },
        { 4013, GatewayCloseAction.Fatal },
        { 4014, GatewayCloseAction.Fatal },
    };

    [Theory]
    [MemberData(nameof(CloseCodeTable))]
    public async Task ServerClose_EachCode_TakesTheTableAction(int code, GatewayCloseAction expected)
    {
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        t.CloseFromServer(code);

        switch (expected)
        {
            case GatewayCloseAction.Resume:
                await AssertResumesAsync(h, await h.Transports.NextAsync());
                break;
            case GatewayCloseAction.NewSession:
                await AssertIdentifiesOnBaseAsync(await h.Transports.NextAsync());
                break;
            default:
                var ex = await Assert.ThrowsAsync<DiscordFatalException>(() => h.Run.WaitAsync(Guard.Timeout));
                Assert.Equal(code, ex.CloseCode);
                Assert.Equal(1, h.Transports.Count);
                break;
        }
    }

    [Fact]
    public async Task ServerClose_4004_FatalMessageNamesTheCauseAndStateIsFaulted()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        t.CloseFromServer(4004, "Authentication failed.");

        var ex = await Assert.ThrowsAsync<DiscordFatalException>(() => h.Run.WaitAsync(Guard.Timeout));
        Assert.Contains("token", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ShardHarness.Token, ex.Message, StringComparison.Ordinal);
        Assert.Equal(GatewayShardState.Faulted, h.Shard.State);
    }

    [Fact]
    public async Task SingleFlight_SeveralFailureSignalsAtOnce_OneReconnectOneResume()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        h.Time.Advance(ShardHarness.FirstBeat);
        await t.NextSentAsync(GatewayOpcode.Heartbeat);

        t.Enqueue("""{"op":7,"d":null}""");
        t.Enqueue("""{"op":9,"d":true}""");
        t.CloseFromServer(4000);
        h.Time.Advance(ShardHarness.Interval); // and a zombie tick
        var t2 = await h.Transports.NextAsync();
        await t2.DeliverAsync(ShardHarness.Hello());
        await t2.NextSentAsync(GatewayOpcode.Resume);
        await t2.DeliverAsync(ShardHarness.Resumed(1));
        await h.Handler.WaitForAsync("RESUMED");
        await h.BarrierAsync(t2);

        Assert.Equal(2, h.Transports.Count);
        Assert.Equal(1, t2.SentCount(GatewayOpcode.Resume));
        Assert.Equal(0, t2.SentCount(GatewayOpcode.Identify));
        Assert.Equal(1, h.Gate.Calls);
    }

    [Fact]
    public async Task Backoff_RepeatedConnectFailures_AsksPolicyForGrowingAttempts()
    {
        var policy = new RecordingReconnectPolicy(TimeSpan.FromSeconds(1));
        await using var h = new ShardHarness(ShardHarness.DefaultSettings(policy));
        h.Transports.FailNextConnects = 4;
        h.Start();
        for (var i = 0; i < 4; i++)
        {
            await h.WaitForStateAsync(GatewayShardState.WaitingToReconnect);
            Assert.Equal(i + 1, h.Transports.Count);
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await AssertIdentifiesOnBaseAsync(await LastAsync(h, 5));
        Assert.Equal([1, 2, 3, 4], policy.Attempts.ToArray());
    }

    [Fact]
    public async Task Backoff_DelayNotElapsed_DoesNotReconnect()
    {
        var policy = new RecordingReconnectPolicy(TimeSpan.FromSeconds(10));
        await using var h = new ShardHarness(ShardHarness.DefaultSettings(policy));
        h.Transports.FailNextConnects = 1;
        h.Start();
        await h.WaitForStateAsync(GatewayShardState.WaitingToReconnect);

        h.Time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.Equal(1, h.Transports.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));

        await AssertIdentifiesOnBaseAsync(await LastAsync(h, 2));
    }

    [Fact]
    public async Task Resume_RepeatedNetworkFailures_FallsBackToIdentifyOnBaseUrl()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        h.Transports.FailNextConnects = 3;

        t.Drop();

        for (var i = 0; i < 3; i++)
        {
            var failed = await h.Transports.NextAsync();
            Assert.Equal(ResumeUri, failed.Uri ?? ResumeUri);
        }

        await AssertIdentifiesOnBaseAsync(await h.Transports.NextAsync());
    }

    [Fact]
    public async Task Liveness_NoHello_ReconnectsAfterTimeout()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.Transports.NextAsync();

        h.Time.Advance(h.Settings.HelloTimeout - TimeSpan.FromMilliseconds(1));
        await h.BarrierAsync(t);
        Assert.Equal(1, h.Transports.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.NotEqual(1000, await t.CloseCalled.Task.WaitAsync(Guard.Timeout));
        await AssertIdentifiesOnBaseAsync(await h.Transports.NextAsync());
    }

    [Fact]
    public async Task Liveness_NoReady_ReconnectsAfterTimeout()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.Transports.NextAsync();
        await t.DeliverAsync(ShardHarness.Hello(intervalMs: 60_000));
        await t.NextSentAsync(GatewayOpcode.Identify);

        h.Time.Advance(h.Settings.ReadyTimeout);

        await t.CloseCalled.Task.WaitAsync(Guard.Timeout);
        await AssertIdentifiesOnBaseAsync(await h.Transports.NextAsync());
    }

    [Fact]
    public async Task Close_HandshakeUnanswered_AbortsAfterTimeoutAndReconnects()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        t.AnswerClose = false;

        await t.DeliverAsync("""{"op":7,"d":null}""");
        await t.CloseCalled.Task.WaitAsync(Guard.Timeout);
        Assert.False(t.Aborted.Task.IsCompleted);
        h.Time.Advance(h.Settings.CloseTimeout);

        await t.Aborted.Task.WaitAsync(Guard.Timeout);
        await AssertResumesAsync(h, await h.Transports.NextAsync());
    }

    [Fact]
    public async Task RunAsync_Cancelled_ClosesWith1000AndCompletes()
    {
        var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();

        await h.DisposeAsync();

        Assert.True(h.Run.IsCompletedSuccessfully);
        Assert.Equal(1000, await t.CloseCalled.Task.WaitAsync(Guard.Timeout));
        Assert.Equal(GatewayShardState.Stopped, h.Shard.State);
    }

    private static async Task<ScriptedTransport> LastAsync(ShardHarness h, int count)
    {
        ScriptedTransport? last = null;
        for (var i = 0; i < count; i++)
        {
            last = await h.Transports.NextAsync();
        }

        return last!;
    }
}
