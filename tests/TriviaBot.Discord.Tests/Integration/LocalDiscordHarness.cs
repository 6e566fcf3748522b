using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord.Gateway;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;
using TriviaBot.Discord.Tests.Gateway;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Discord.Tests.Integration;

/// <summary>The real client (REST + gateway + interaction dispatcher) against a real <see cref="LocalDiscordServer"/>
/// over loopback sockets. Waits are event-driven (recorder / dispatch log); <see cref="Timeout"/> only bounds failures.</summary>
internal sealed class LocalDiscordHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _cts = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });

    private LocalDiscordHarness(LocalDiscordServer server, LocalDiscordOptions serverOptions, TimeProvider clientTime,
        GatewayShardSettings settings, IInteractionHandler handler)
    {
        Server = server;
        ServerOptions = serverOptions;
        ClientTime = clientTime;
        Options = new DiscordOptions { Token = server.Token, ApiBaseUrl = server.RestBaseUrl.ToString() };
        Rest = new DiscordRestClient(_http, new DiscordToken(server.Token), Options, clientTime, Logs.CreateLogger<DiscordRestClient>());
        Dispatcher = new InteractionDispatcher(handler, Rest, clientTime, Logs.CreateLogger<InteractionDispatcher>());
        Transports = new GatedTransportFactory(new WebSocketTransportFactory(timeProvider: clientTime));
        Gateway = new GatewayClient(Rest, Microsoft.Extensions.Options.Options.Create(Options), [Dispatches, Dispatcher],
            Transports, clientTime, Logs, settings);
    }

    public LocalDiscordServer Server { get; }
    public LocalDiscordOptions ServerOptions { get; }
    public TimeProvider ClientTime { get; }
    public DiscordOptions Options { get; }
    public LogSink Logs { get; } = new();
    public DiscordRestClient Rest { get; }
    public InteractionDispatcher Dispatcher { get; }
    public DispatchLog Dispatches { get; } = new();
    public GatedTransportFactory Transports { get; }
    public GatewayClient Gateway { get; }
    public Task Run { get; private set; } = Task.CompletedTask;
    public LocalDiscordRecorder Recorder => Server.Recorder;

    /// <summary>A reconnect policy with no delay, fixed jitter, zero op-9 delay (tests that need otherwise pass their own).</summary>
    public static GatewayShardSettings FastSettings(double random = 0.99) => new()
    {
        ReconnectPolicy = new DelaySequenceReconnectPolicy([TimeSpan.FromMilliseconds(20)]),
        Random = new FixedRandom(random),
        InvalidSessionMinDelay = TimeSpan.Zero,
        InvalidSessionMaxDelay = TimeSpan.Zero,
        CloseTimeout = TimeSpan.FromSeconds(2),
    };

    public static async Task<LocalDiscordHarness> StartAsync(
        TimeSpan? heartbeat = null,
        IInteractionHandler? handler = null,
        TimeProvider? clientTime = null,
        GatewayShardSettings? settings = null,
        Action<LocalDiscordOptions>? configure = null)
    {
        var options = new LocalDiscordOptions
        {
            Port = 0,
            // Default: no heartbeat within a test's lifetime (60 s interval, first beat at 99 %), so a CPU stall on a
            // loaded 2-core runner can never turn into a (correct, but unwanted) zombie reconnect. Heartbeat tests pass
            // a short interval.
            HeartbeatInterval = heartbeat ?? TimeSpan.FromSeconds(60),
            // The client paces its own Identifies (tested with fake time); the server must not add real-time pacing.
            IdentifyInterval = TimeSpan.Zero,
            // A unique token per test: the REST global limiter is keyed per token, per process.
            Token = "bot." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
        };
        configure?.Invoke(options);
        var server = await LocalDiscordServer.StartAsync(options);
        return new LocalDiscordHarness(server, options, clientTime ?? TimeProvider.System, settings ?? FastSettings(),
            handler ?? new RespondingHandler());
    }

    /// <summary>Starts <see cref="GatewayClient.RunAsync"/> in the background.</summary>
    public LocalDiscordHarness StartGateway()
    {
        Run = Task.Run(() => Gateway.RunAsync(_cts.Token));
        return this;
    }

    /// <summary>
    /// Starts the gateway and waits until the handler has seen READY and, with the GUILDS intent, the GUILD_CREATE of
    /// every guild READY listed: the session's opening burst is over, so a sequence read now is the one the client
    /// holds (reading it between READY and GUILD_CREATE made resume tests expect seq 1 when the client had 2).
    /// </summary>
    public async Task<LocalDiscordHarness> StartGatewayAndWaitReadyAsync()
    {
        StartGateway();
        var ready = await WaitForDispatchAsync(d => d.Type == "READY");
        if ((Options.Intents & 1) != 0 && ready.Data.TryGetProperty("guilds", out var guilds))
        {
            foreach (var guild in guilds.EnumerateArray())
            {
                var id = guild.GetProperty("id").GetString();
                await WaitForDispatchAsync(d => d.Type == "GUILD_CREATE" && d.Data.GetProperty("id").GetString() == id);
            }
        }

        return this;
    }

    public Task<RecordedFrame> WaitForFrameAsync(Func<RecordedFrame, bool> predicate) =>
        Bound(Recorder.WaitForFrameAsync(predicate), "frame");

    public Task<TriviaBot.LocalDiscord.RecordedRequest> WaitForRequestAsync(Func<TriviaBot.LocalDiscord.RecordedRequest, bool> predicate) =>
        Bound(Recorder.WaitForRequestAsync(predicate), "request");

    public Task<RecordedClose> WaitForCloseAsync(Func<RecordedClose, bool> predicate) =>
        Bound(Recorder.WaitForCloseAsync(predicate), "close");

    public Task<GatewayDispatch> WaitForDispatchAsync(Func<GatewayDispatch, bool> predicate) =>
        Bound(Dispatches.WaitForAsync(predicate), "dispatch");

    public async Task<T> Bound<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching {what} within {Timeout}. Log:\n{string.Join('\n', Logs.Lines.TakeLast(40))}\nFrames:\n" +
                string.Join('\n', Recorder.Frames.TakeLast(30).Select(f => $"{f.Direction} {f.ConnectionId} op={f.Op} t={f.EventName} s={f.Sequence} {Truncate(f.RawJson)}")));
        }
    }

    /// <summary>Everything a failing assertion needs: client log, connections, closes, frames.</summary>
    public string Diag() =>
        string.Join('\n', Logs.Lines) + "\nConnections:\n" + string.Join('\n', Recorder.Connections) + "\nCloses:\n" + string.Join('\n', Recorder.Closes)
        + "\nFrames:\n" + string.Join('\n', Recorder.Frames.Select(f => $"{f.Timestamp:HH:mm:ss.fff} {f.Direction} {f.ConnectionId} op={f.Op} t={f.EventName} s={f.Sequence} {Truncate(f.RawJson)}"));

    private static string Truncate(string s) => s.Length > 160 ? s[..160] + "…" : s;

    /// <summary>The "in" frames of opcode <paramref name="op"/>, parsed.</summary>
    public IReadOnlyList<(RecordedFrame Frame, JsonElement D)> Sent(int op) =>
        Recorder.Frames.Where(f => f.Direction == "in" && f.Op == op).Select(f => (f, D(f))).ToList();

    public static JsonElement D(RecordedFrame frame)
    {
        using var doc = JsonDocument.Parse(frame.RawJson);
        return doc.RootElement.TryGetProperty("d", out var d) ? d.Clone() : default;
    }

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        try
        {
            await Run.WaitAsync(Timeout);
        }
        catch (Exception)
        {
            // Faults are asserted by the tests that expect them.
        }
        await Server.DisposeAsync();
        _http.Dispose();
        _cts.Dispose();
    }
}

/// <summary>Records every dispatch the gateway hands to handlers, with event-driven waits.</summary>
internal sealed class DispatchLog : IGatewayDispatchHandler
{
    private readonly Lock _gate = new();
    private readonly List<GatewayDispatch> _seen = [];
    private readonly List<(Func<GatewayDispatch, bool> Match, TaskCompletionSource<GatewayDispatch> Done)> _waiters = [];

    public IReadOnlyList<GatewayDispatch> Seen
    {
        get
        {
            lock (_gate)
            {
                return [.. _seen];
            }
        }
    }

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        List<TaskCompletionSource<GatewayDispatch>> done = [];
        lock (_gate)
        {
            _seen.Add(dispatch);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(dispatch))
                {
                    done.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var tcs in done)
        {
            tcs.TrySetResult(dispatch);
        }
        return Task.CompletedTask;
    }

    public Task<GatewayDispatch> WaitForAsync(Func<GatewayDispatch, bool> match)
    {
        lock (_gate)
        {
            var found = _seen.FindLast(d => match(d));
            if (found is not null)
            {
                return Task.FromResult(found);
            }
            var tcs = new TaskCompletionSource<GatewayDispatch>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, tcs));
            return tcs.Task;
        }
    }
}

/// <summary>Real WebSocket transports whose connects can be held back, so a test decides when a reconnect happens.</summary>
internal sealed class GatedTransportFactory(IGatewayTransportFactory inner) : IGatewayTransportFactory
{
    private volatile TaskCompletionSource _gate = Open();
    private int _created;

    public int Created => Volatile.Read(ref _created);

    /// <summary>Connects wait from now on until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    public IGatewayTransport Create()
    {
        Interlocked.Increment(ref _created);
        return new Gated(inner.Create(), this);
    }

    private static TaskCompletionSource Open()
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tcs.SetResult();
        return tcs;
    }

    private sealed class Gated(IGatewayTransport inner, GatedTransportFactory owner) : IGatewayTransport
    {
        public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
        {
            await owner._gate.Task.WaitAsync(cancellationToken);
            await inner.ConnectAsync(uri, cancellationToken);
        }

        public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) => inner.SendAsync(message, cancellationToken);
        public Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken) => inner.ReceiveAsync(cancellationToken);
        public Task CloseAsync(int closeCode, string? reason, CancellationToken cancellationToken) => inner.CloseAsync(closeCode, reason, cancellationToken);
        public void Abort() => inner.Abort();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

/// <summary>Answers every slash command with "pong: {name}"; counts invocations per interaction id.</summary>
internal sealed class RespondingHandler : IInteractionHandler
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, int> _calls = new();

    public IReadOnlyDictionary<ulong, int> Calls => _calls;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        _calls.AddOrUpdate(context.Interaction.Id, 1, (_, n) => n + 1);
        await context.RespondAsync("pong: " + (context.Interaction.Command?.Name ?? "?"), cancellationToken: cancellationToken);
    }
}

/// <summary>Runs a delegate per interaction.</summary>
internal sealed class DelegateHandler(Func<InteractionContext, CancellationToken, Task> handle) : IInteractionHandler
{
    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) => handle(context, cancellationToken);
}

internal static class JsonExtensions
{
    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string Utf8(this byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
