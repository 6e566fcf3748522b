using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

/// <summary>One shard wired to a scripted transport, fake time and a recording handler.</summary>
internal sealed class ShardHarness : IAsyncDisposable
{
    public const string Token = "test-token-SECRET-0123456789";
    public const string BaseUrl = "ws://gateway.test";
    public const string ResumeUrl = "ws://resume.test/r";
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(1000);
    public static readonly TimeSpan FirstBeat = TimeSpan.FromMilliseconds(500);

    private readonly Channel<GatewayShardState> _states = Channel.CreateUnbounded<GatewayShardState>();
    private readonly CancellationTokenSource _cts = new();
    private readonly GatewayDispatchPump _pump;
    private Task _pumpTask = Task.CompletedTask;
    private int _barriers;

    public ShardHarness(GatewayShardSettings? settings = null, IEnumerable<IGatewayDispatchHandler>? extraHandlers = null,
        int shardId = 0, int shardCount = 1)
    {
        Transports = new ScriptedTransportFactory(Time);
        Settings = settings ?? DefaultSettings();
        _pump = new GatewayDispatchPump([Handler, .. extraHandlers ?? []], Logs.CreateLogger<GatewayDispatchPump>(), Time);
        Shard = new GatewayShard(shardId, shardCount, new DiscordToken(Token), 1, BaseUrl, Transports, _pump, Gate, Settings,
            Time, Logs.CreateLogger<GatewayShard>());
        Shard.StateChanged += (_, s) => _states.Writer.TryWrite(s);
    }

    public FakeTimeProvider Time { get; } = new();
    public ScriptedTransportFactory Transports { get; }
    public RecordingHandler Handler { get; } = new();
    public LogSink Logs { get; } = new();
    public ImmediateIdentifyGate Gate { get; } = new();
    public GatewayShardSettings Settings { get; }
    public GatewayShard Shard { get; }
    public Task Run { get; private set; } = Task.CompletedTask;

    public static GatewayShardSettings DefaultSettings(IGatewayReconnectPolicy? policy = null) => new()
    {
        ReconnectPolicy = policy ?? new DelaySequenceReconnectPolicy([TimeSpan.Zero]),
        Random = new FixedRandom(0.5),
    };

    public static string Hello(int intervalMs = 1000) => $$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}}},"s":null,"t":null}""";
    public static string Ack() => """{"op":11,"d":null,"s":null,"t":null}""";
    public static string Ready(long s = 1, string resumeUrl = ResumeUrl) =>
        $$"""{"op":0,"t":"READY","s":{{s}},"d":{"v":10,"session_id":"sess-1","resume_gateway_url":"{{resumeUrl}}","application":{"id":"1"},"user":{"id":"1"},"guilds":[]} }""";
    public static string Resumed(long s) => $$"""{"op":0,"t":"RESUMED","s":{{s}},"d":null}""";
    public static string Dispatch(string type, long s, string data = "{}") => $$"""{"op":0,"t":"{{type}}","s":{{s}},"d":{{data}}}""";

    public ShardHarness Start()
    {
        _pumpTask = _pump.RunAsync(_cts.Token);
        Run = Task.Run(() => Shard.RunAsync(_cts.Token));
        return this;
    }

    /// <summary>Connect, Hello, Identify, READY (s = 1).</summary>
    public async Task<ScriptedTransport> ConnectReadyAsync()
    {
        var t = await Transports.NextAsync();
        await t.DeliverAsync(Hello());
        await t.NextSentAsync(GatewayOpcode.Identify);
        await t.DeliverAsync(Ready());
        await Handler.WaitForAsync("READY");
        return t;
    }

    /// <summary>Returns once every frame delivered before it has been handled by the shard's event loop.</summary>
    public async Task BarrierAsync(ScriptedTransport t)
    {
        var name = "BARRIER_" + Interlocked.Increment(ref _barriers);
        await t.DeliverAsync($$"""{"op":0,"t":"{{name}}","s":null,"d":{} }""");
        await Handler.WaitForAsync(name);
    }

    public async Task WaitForStateAsync(GatewayShardState state)
    {
        while (await _states.Reader.ReadAsync().AsTask().WaitAsync(Guard.Timeout) != state)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        try
        {
            await Run.WaitAsync(Guard.Timeout);
        }
        catch (Exception)
        {
            // Tests assert on Run themselves.
        }

        await _pumpTask.WaitAsync(Guard.Timeout);
        _cts.Dispose();
    }
}
