using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

public sealed class GatewayClientTests
{
    private sealed class FakeBotSource(GatewayBotInfo info) : IGatewayBotSource
    {
        public int Calls;

        /// <summary>What later calls return (after a reset), if different.</summary>
        public GatewayBotInfo? AfterReset { get; set; }

        public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
        {
            var first = Interlocked.Increment(ref Calls) == 1;
            return Task.FromResult(first ? info : AfterReset ?? info);
        }
    }

    private sealed class Rig : IAsyncDisposable
    {
        private readonly CancellationTokenSource _cts = new();

        public Rig(DiscordOptions options, GatewayBotInfo info)
        {
            Transports = new ScriptedTransportFactory(Time);
            Source = new FakeBotSource(info) { AfterReset = info with { SessionStartLimit = info.SessionStartLimit with { Remaining = 1000 } } };
            Client = new GatewayClient(Source, Microsoft.Extensions.Options.Options.Create(options), [Handler], Transports, Time, Logs,
                new GatewayShardSettings
                {
                    ReconnectPolicy = new DelaySequenceReconnectPolicy([TimeSpan.Zero]),
                    Random = new FixedRandom(0.5),
                    ReadyTimeout = TimeSpan.FromHours(1),
                    HelloTimeout = TimeSpan.FromHours(1),
                });
            Run = Task.Run(() => Client.RunAsync(_cts.Token));
        }

        public FakeTimeProvider Time { get; } = new();
        public ScriptedTransportFactory Transports { get; }
        public FakeBotSource Source { get; }
        public RecordingHandler Handler { get; } = new();
        public LogSink Logs { get; } = new();
        public GatewayClient Client { get; }
        public Task Run { get; }

        public Task CancelAsync() => _cts.CancelAsync();

        public async ValueTask DisposeAsync()
        {
            await _cts.CancelAsync();
            try
            {
                await Run.WaitAsync(Guard.Timeout);
            }
            catch (Exception)
            {
                // Asserted by the tests.
            }

            _cts.Dispose();
        }
    }

    private static DiscordOptions Options(int shardCount = 0, int[]? ids = null) =>
        new() { Token = ShardHarness.Token, ShardCount = shardCount, ShardIds = ids ?? [] };

    private static GatewayBotInfo Info(int shards = 1, int remaining = 1000, int concurrency = 1) =>
        new("ws://gateway.test", shards, new SessionStartLimit(1000, remaining, 3_600_000, concurrency));

    private static async Task<ScriptedTransport[]> HelloAllAsync(Rig rig, int count)
    {
        var transports = new ScriptedTransport[count];
        for (var i = 0; i < count; i++)
        {
            transports[i] = await rig.Transports.NextAsync();
        }

        foreach (var t in transports)
        {
            // A long heartbeat interval keeps heartbeats out of the way while time advances.
            await t.DeliverAsync(ShardHarness.Hello(intervalMs: 3_600_000));
        }

        return transports;
    }

    /// <summary>Advances fake time in small steps until <paramref name="done"/>; identify timestamps come from the
    /// fake clock, so how long the loop takes in real time cannot change the measured gaps.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> done)
    {
        for (var i = 0; i < 400 && !done(); i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(5);
        }

        Assert.True(done());
    }

    private static DateTimeOffset IdentifiedAt(ScriptedTransport t) =>
        t.SentLog.Single(f => f.Frame.GetProperty("op").GetInt32() == GatewayOpcode.Identify).At;

    [Fact]
    public async Task RunAsync_ShardCountZero_RunsRecommendedShardCount()
    {
        await using var rig = new Rig(Options(), Info(shards: 3, concurrency: 16));

        var transports = await HelloAllAsync(rig, 3);
        await Task.WhenAll(transports.Select(t => t.NextSentAsync(GatewayOpcode.Identify)));

        var shards = transports.Select(t => t.SentLog.Single().Frame.GetProperty("d").GetProperty("shard")[0].GetInt32()).Order();
        Assert.Equal([0, 1, 2], shards);
        Assert.Equal(3, rig.Client.GetStatus().Count);
    }

    [Fact]
    public async Task RunAsync_ShardIdsConfigured_RunsOnlyThoseShards()
    {
        await using var rig = new Rig(Options(shardCount: 4, ids: [1, 3]), Info(concurrency: 16));

        var transports = await HelloAllAsync(rig, 2);
        var identifies = await Task.WhenAll(transports.Select(t => t.NextSentAsync(GatewayOpcode.Identify)));

        var shards = identifies.Select(f => f.GetProperty("d").GetProperty("shard")).Select(s => (s[0].GetInt32(), s[1].GetInt32())).Order();
        Assert.Equal([(1, 4), (3, 4)], shards);
    }

    [Fact]
    public async Task RunAsync_TwoShardsOneBucket_IdentifiesAtLeastFiveSecondsApart()
    {
        await using var rig = new Rig(Options(shardCount: 2), Info(concurrency: 1));
        var transports = await HelloAllAsync(rig, 2);

        await AdvanceUntilAsync(rig.Time, () => transports.All(t => t.SentCount(GatewayOpcode.Identify) == 1));

        var times = transports.Select(IdentifiedAt).Order().ToArray();
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(5), $"gap {times[1] - times[0]}");
    }

    [Fact]
    public async Task RunAsync_RemainingZero_NoIdentifyBeforeReset()
    {
        await using var rig = new Rig(Options(shardCount: 1), new GatewayBotInfo("ws://gateway.test", 1, new SessionStartLimit(1000, 0, 20_000, 1)));
        var start = rig.Time.GetUtcNow();
        var transports = await HelloAllAsync(rig, 1);

        await AdvanceUntilAsync(rig.Time, () => transports[0].SentCount(GatewayOpcode.Identify) == 1);

        Assert.True(IdentifiedAt(transports[0]) - start >= TimeSpan.FromSeconds(20));
        Assert.Equal(2, rig.Source.Calls);
    }

    [Fact]
    public async Task RunAsync_FatalCloseOnOneShard_FaultsWithDiscordFatalExceptionAndStopsOthers()
    {
        await using var rig = new Rig(Options(shardCount: 2), Info(concurrency: 2));
        var transports = await HelloAllAsync(rig, 2);
        await Task.WhenAll(transports.Select(t => t.NextSentAsync(GatewayOpcode.Identify)));

        transports[0].CloseFromServer(4014);

        var ex = await Assert.ThrowsAsync<DiscordFatalException>(() => rig.Run.WaitAsync(Guard.Timeout));
        Assert.Equal(4014, ex.CloseCode);
        Assert.Equal(1000, await transports[1].CloseCalled.Task.WaitAsync(Guard.Timeout));
        Assert.Equal(2, rig.Transports.Count);
    }

    [Fact]
    public async Task RunAsync_Cancelled_CompletesNormally()
    {
        var rig = new Rig(Options(shardCount: 1), Info());
        var t = (await HelloAllAsync(rig, 1))[0];
        await t.NextSentAsync(GatewayOpcode.Identify);

        await rig.CancelAsync();

        await rig.Run.WaitAsync(Guard.Timeout);
        Assert.True(rig.Run.IsCompletedSuccessfully);
        await rig.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_NoToken_FaultsWithDiscordFatalException()
    {
        await using var rig = new Rig(new DiscordOptions { Token = "" }, Info());

        await Assert.ThrowsAsync<DiscordFatalException>(() => rig.Run.WaitAsync(Guard.Timeout));
    }

    [Fact]
    public async Task RunAsync_ShardIdOutOfRange_FaultsWithDiscordFatalException()
    {
        await using var rig = new Rig(Options(shardCount: 2, ids: [2]), Info());

        var ex = await Assert.ThrowsAsync<DiscordFatalException>(() => rig.Run.WaitAsync(Guard.Timeout));
        Assert.Contains("ShardIds", ex.Message, StringComparison.Ordinal);
    }
}
