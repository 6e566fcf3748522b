using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Discord.Tests.Integration;

/// <summary>Our gateway client against the local server over real WebSockets (protocol doc §5: handshake, heartbeats).</summary>
public sealed class GatewayHandshakeIntegrationTests
{
    [Fact]
    public async Task RunAsync_Handshake_HelloThenIdentifyThenReady()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();

        Assert.Contains(h.Recorder.Requests, r => r.Method == "GET" && r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal) && r.Status == 200);
        var first = h.Recorder.Connections[0];
        Assert.Equal("/gateway", first.Path);
        Assert.Contains("v=10", first.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", first.Query, StringComparison.Ordinal);

        var frames = h.Recorder.Frames.Where(f => f.ConnectionId == first.ConnectionId).ToList();
        var hello = frames.FindIndex(f => f.Direction == "out" && f.Op == 10);
        var identify = frames.FindIndex(f => f.Direction == "in" && f.Op == 2);
        var ready = frames.FindIndex(f => f.Direction == "out" && f.EventName == "READY");
        Assert.Equal(0, hello);
        Assert.True(identify > hello, "Identify after Hello");
        Assert.True(ready > identify, "READY after Identify");
        Assert.DoesNotContain(frames.Take(identify), f => f.Direction == "in" && f.Op is 2 or 6);

        var d = LocalDiscordHarness.D(frames[identify]);
        Assert.Equal(h.Server.Token, d.Str("token"));
        Assert.Equal(1, d.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.NotNull(d.GetProperty("properties").Str("os"));
        Assert.True(h.Sent(2).Count == 1, h.Diag());
    }

    [Fact]
    public async Task Heartbeat_AfterDispatch_CarriesLastSequence()
    {
        await using var h = await LocalDiscordHarness.StartAsync(heartbeat: TimeSpan.FromMilliseconds(200), settings: LocalDiscordHarness.FastSettings(random: 0.5));
        await h.StartGatewayAndWaitReadyAsync();

        await h.Server.DispatchAsync("TRIVIA_TEST", new JsonObject { ["n"] = 1 }, h.Server.GuildId);
        var seen = await h.WaitForDispatchAsync(d => d.Type == "TRIVIA_TEST");

        // The shard moves its sequence before handing the dispatch to handlers, so every heartbeat written after
        // this point must carry it (or a later one, should a stalled runner have caused a reconnect + RESUMED).
        // The first heartbeat the server records next may have been written just before the dispatch arrived
        // and reached the server after it (seen once in 60 loaded runs: it carried 2, not 3); the one after it
        // was written after this point.
        var known = h.Recorder.Frames.ToHashSet(ReferenceEqualityComparer.Instance);
        bool NewBeat(RecordedFrame f) => !known.Contains(f) && f.Direction == "in" && f.Op == 1;
        await h.WaitForFrameAsync(f => NewBeat(f) && h.Recorder.Frames.Count(NewBeat) >= 2);
        var beat = h.Recorder.Frames.Where(NewBeat).ElementAt(1);
        var d = LocalDiscordHarness.D(beat).GetInt64();
        var lastOut = h.Recorder.Frames.TakeWhile(f => !ReferenceEquals(f, beat)).Where(f => f.Direction == "out" && f.Sequence is not null).Max(f => f.Sequence);
        if (h.Recorder.Connections.Count == 1)
        {
            Assert.Equal(seen.Sequence, d);
            Assert.Equal(lastOut, d);
        }
        else
        {
            Assert.InRange(d, seen.Sequence, lastOut!.Value);
        }
    }

    [Fact]
    public async Task RunAsync_ServerRequestsHeartbeat_HeartbeatsImmediately()
    {
        // A 60 s interval with the first beat at 99 % of it: any heartbeat within the test's bound answers op 1.
        await using var h = await LocalDiscordHarness.StartAsync(heartbeat: TimeSpan.FromSeconds(60), settings: LocalDiscordHarness.FastSettings(random: 0.99));
        await h.StartGatewayAndWaitReadyAsync();
        Assert.Empty(h.Sent(1));

        Assert.Equal(1, h.Server.Faults.RequestHeartbeat());
        var beat = await h.WaitForFrameAsync(f => f.Direction == "in" && f.Op == 1);
        Assert.Equal(2, LocalDiscordHarness.D(beat).GetInt64()); // READY = 1, GUILD_CREATE = 2
        Assert.Single(h.Recorder.Connections);
    }
}

/// <summary>Reconnect and resume paths (protocol doc §5: zombie, op 7, op 9, close codes, TCP drop, replay).</summary>
public sealed class GatewayResumeIntegrationTests
{
    private static async Task<(JsonElement Resume, RecordedConnection Connection)> AssertResumedAsync(LocalDiscordHarness h, string sessionId, long expectedSeq)
    {
        var resumed = await h.WaitForDispatchAsync(d => d.Type == "RESUMED");
        var op6 = Assert.Single(h.Sent(6));
        var connection = h.Recorder.Connections.Single(c => c.ConnectionId == op6.Frame.ConnectionId);
        Assert.Equal("/gateway-resume", connection.Path);
        Assert.Equal(h.Server.Token, op6.D.Str("token"));
        Assert.Equal(sessionId, op6.D.Str("session_id"));
        Assert.Equal(expectedSeq, op6.D.GetProperty("seq").GetInt64());
        Assert.True(resumed.Sequence > expectedSeq);
        Assert.Single(h.Sent(2)); // never re-identified
        return (op6.D, connection);
    }

    private static string SessionId(LocalDiscordHarness h) =>
        h.Dispatches.Seen.First(d => d.Type == "READY").Data.GetProperty("session_id").GetString()!;

    [Fact]
    public async Task RunAsync_ZombieConnection_ClosesNonNormalAndResumesOnResumeUrl()
    {
        await using var h = await LocalDiscordHarness.StartAsync(heartbeat: TimeSpan.FromMilliseconds(150));
        await h.StartGatewayAndWaitReadyAsync();
        var first = h.Recorder.Connections[0].ConnectionId;
        var seq = h.Dispatches.Seen.Max(d => d.Sequence);

        Assert.Equal(1, h.Server.Faults.Zombie());
        var close = await h.WaitForCloseAsync(c => c.ConnectionId == first && c.Initiator == "client");
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
        await AssertResumedAsync(h, SessionId(h), seq);
    }

    [Fact]
    public async Task RunAsync_Op7Reconnect_Resumes()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();
        var seq = h.Dispatches.Seen.Max(d => d.Sequence);

        Assert.Equal(1, h.Server.Faults.Reconnect());
        await AssertResumedAsync(h, SessionId(h), seq);
        var close = await h.WaitForCloseAsync(c => c.ConnectionId == h.Recorder.Connections[0].ConnectionId);
        Assert.Equal("client", close.Initiator);
        Assert.NotEqual(1000, close.Code);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();
        var seq = h.Dispatches.Seen.Max(d => d.Sequence);

        Assert.Equal(1, h.Server.Faults.InvalidSession(resumable: true));
        await AssertResumedAsync(h, SessionId(h), seq);
    }

    [Fact]
    public async Task RunAsync_Close4000_Resumes()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();
        var seq = h.Dispatches.Seen.Max(d => d.Sequence);

        Assert.Equal(1, h.Server.Faults.Close(4000));
        await AssertResumedAsync(h, SessionId(h), seq);
    }

    [Fact]
    public async Task RunAsync_TcpDropWithoutCloseFrame_Resumes()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();
        var seq = h.Dispatches.Seen.Max(d => d.Sequence);

        Assert.Equal(1, h.Server.Faults.DropTcp());
        await AssertResumedAsync(h, SessionId(h), seq);
        Assert.Contains(h.Recorder.Closes, c => c.Initiator == "server-drop");
    }

    [Fact]
    public async Task Resume_MissedDispatches_ReplayedThenResumedAndEachSeenOnce()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();
        var seq = h.Dispatches.Seen.Max(d => d.Sequence);

        // Hold the reconnect until the missed dispatches exist on the server.
        h.Transports.Hold();
        Assert.Equal(1, h.Server.Faults.DropTcp());
        await h.WaitForCloseAsync(c => c.Initiator == "server-drop");
        for (var i = 1; i <= 3; i++)
        {
            await h.Server.DispatchAsync("TRIVIA_TEST", new JsonObject { ["n"] = i }, h.Server.GuildId);
        }
        h.Transports.Release();

        await AssertResumedAsync(h, SessionId(h), seq);
        var seen = h.Dispatches.Seen.ToList();
        var tests = seen.Where(d => d.Type == "TRIVIA_TEST").ToList();
        Assert.Equal([seq + 1, seq + 2, seq + 3], tests.Select(d => d.Sequence));
        Assert.Equal([1, 2, 3], tests.Select(d => d.Data.GetProperty("n").GetInt32()));
        Assert.True(seen.FindIndex(d => d.Type == "RESUMED") > seen.FindLastIndex(d => d.Type == "TRIVIA_TEST"), "replay before RESUMED");
        Assert.Equal(seen.Count, seen.Select(d => d.Sequence).Distinct().Count());
    }
}

/// <summary>Paths that end the session: fresh Identify (paced, with fake time) or a fatal stop.</summary>
public sealed class GatewaySessionIntegrationTests
{
    /// <summary>The client runs on fake time (its Identify pacing is 5 s per bucket); heartbeats are far away
    /// (60 s interval, first beat at 99 %). Advances in small steps until the second Identify is recorded.</summary>
    private static async Task AssertIdentifiesAgainAsync(LocalDiscordHarness h, FakeTimeProvider time)
    {
        await h.WaitForFrameAsync(f => f.Direction == "out" && f.Op == 10 && f.ConnectionId != h.Recorder.Connections[0].ConnectionId);
        var advanced = TimeSpan.Zero;
        var secondIdentify = h.Recorder.WaitForFrameAsync(f => f.Direction == "in" && f.Op == 2 && f.ConnectionId != h.Recorder.Connections[0].ConnectionId);
        while (!secondIdentify.IsCompleted && advanced < TimeSpan.FromSeconds(20))
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            advanced += TimeSpan.FromMilliseconds(500);
            await Task.WhenAny(secondIdentify, Task.Delay(50));
        }
        await h.Bound(secondIdentify, "second Identify");
        Assert.True(advanced >= TimeSpan.FromSeconds(5), $"the second Identify waited for the 5 s bucket (advanced {advanced})");

        var ready = await h.WaitForDispatchAsync(d => d.Type == "READY" && d.Sequence == 1 && h.Dispatches.Seen.Count(x => x.Type == "READY") == 2);
        var sessions = h.Dispatches.Seen.Where(d => d.Type == "READY").Select(d => d.Data.GetProperty("session_id").GetString()).ToList();
        Assert.Equal(2, sessions.Distinct().Count());
        Assert.Empty(h.Sent(6));
        Assert.Equal(2, h.Sent(2).Count);
        Assert.Equal("/gateway", h.Recorder.Connections[^1].Path);
        Assert.NotNull(ready);
    }

    private static Task<LocalDiscordHarness> StartOnFakeTimeAsync(FakeTimeProvider time) =>
        LocalDiscordHarness.StartAsync(heartbeat: TimeSpan.FromSeconds(60), clientTime: time, settings: new()
        {
            ReconnectPolicy = new TriviaBot.Discord.Gateway.DelaySequenceReconnectPolicy([TimeSpan.Zero]),
            Random = new TriviaBot.Discord.Tests.Gateway.FixedRandom(0.99),
            InvalidSessionMinDelay = TimeSpan.Zero,
            InvalidSessionMaxDelay = TimeSpan.Zero,
        });

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAfresh()
    {
        var time = new FakeTimeProvider();
        await using var h = await StartOnFakeTimeAsync(time);
        await h.StartGatewayAndWaitReadyAsync();

        Assert.Equal(1, h.Server.Faults.InvalidSession(resumable: false));
        await AssertIdentifiesAgainAsync(h, time);
    }

    [Fact]
    public async Task RunAsync_Close4009_IdentifiesAfresh()
    {
        var time = new FakeTimeProvider();
        await using var h = await StartOnFakeTimeAsync(time);
        await h.StartGatewayAndWaitReadyAsync();

        Assert.Equal(1, h.Server.Faults.Close(4009));
        await AssertIdentifiesAgainAsync(h, time);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task RunAsync_FatalCloseCode_FaultsWithoutReconnect(int code)
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();

        Assert.Equal(1, h.Server.Faults.Close(code));
        var ex = await Assert.ThrowsAsync<DiscordFatalException>(async () =>
        {
            try
            {
                await h.Run.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException)
            {
                Assert.Fail(h.Diag());
            }
        });
        Assert.Equal(code, ex.CloseCode);
        Assert.True(h.Recorder.Connections.Count == 1, h.Diag());
        Assert.Equal(1, h.Transports.Created);
        Assert.Equal(TriviaBot.Discord.Gateway.GatewayShardState.Faulted, h.Gateway.Shards[0].State);
    }
}
