using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TriviaBot.Discord.Gateway;

/// <summary>
/// One gateway shard over one connection at a time. Each connection is driven by a single event loop (frames,
/// heartbeat ticks and timeouts are queued and handled in order), and the first failure it sees ends the connection
/// with one outcome: reconnects are single-flight by construction (discord.js#7113, DSharpPlus#1955). Dispatches go
/// to a <see cref="GatewayDispatchPump"/>, off this loop (discord.py#6729).
/// </summary>
public sealed class GatewayShard
{
    private readonly int _shardCount;
    private readonly DiscordToken _token;
    private readonly int _intents;
    private readonly Uri _baseUri;
    private readonly IGatewayTransportFactory _transportFactory;
    private readonly GatewayDispatchPump _dispatches;
    private readonly IGatewayIdentifyGate _identifyGate;
    private readonly GatewayShardSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _os = GatewayPayloads.CurrentOs();

    private string? _sessionId;
    private Uri? _resumeUri;
    private long _sequence = -1;
    private int _state;
    private long _latencyTicks = -1;
    private int _attempts;
    private int _reconnects;
    private int _lastCloseCode = -1;
    private Connection? _current;

    /// <summary>Creates a shard. <paramref name="gatewayUrl"/> is the <c>url</c> of <c>GET /gateway/bot</c>; the
    /// <c>v=10&amp;encoding=json</c> query is added.</summary>
    public GatewayShard(int shardId, int shardCount, DiscordToken token, int intents, string gatewayUrl,
        IGatewayTransportFactory transportFactory, GatewayDispatchPump dispatches, IGatewayIdentifyGate identifyGate,
        GatewayShardSettings settings, TimeProvider timeProvider, ILogger<GatewayShard> logger)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shardId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shardId, shardCount);
        ShardId = shardId;
        _shardCount = shardCount;
        _token = token;
        _intents = intents;
        _baseUri = GatewayPayloads.WithGatewayQuery(gatewayUrl);
        _transportFactory = transportFactory;
        _dispatches = dispatches;
        _identifyGate = identifyGate;
        _settings = settings;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The shard id.</summary>
    public int ShardId { get; }

    /// <summary>The current state.</summary>
    public GatewayShardState State => (GatewayShardState)Volatile.Read(ref _state);

    /// <summary>Raised on every state change (on the shard's loop; keep handlers short).</summary>
    public event EventHandler<GatewayShardState>? StateChanged;

    /// <summary>A snapshot for logs and diagnostics.</summary>
    public GatewayShardStatus GetStatus()
    {
        var seq = Interlocked.Read(ref _sequence);
        var latency = Interlocked.Read(ref _latencyTicks);
        var close = Volatile.Read(ref _lastCloseCode);
        return new GatewayShardStatus(ShardId, _shardCount, State, seq < 0 ? null : seq,
            latency < 0 ? null : TimeSpan.FromTicks(latency), Volatile.Read(ref _attempts), Volatile.Read(ref _reconnects),
            close < 0 ? null : close);
    }

    /// <summary>Sends a frame (e.g. op 3 presence) on the current connection, through the send limiter; frames over
    /// the size limit are rejected locally.</summary>
    /// <exception cref="InvalidOperationException">The shard is not connected.</exception>
    /// <exception cref="ArgumentException">The frame is larger than the limit.</exception>
    public async Task SendAsync(int opcode, JsonElement data, CancellationToken cancellationToken)
    {
        var connection = Volatile.Read(ref _current) ?? throw new InvalidOperationException($"Shard {ShardId} is not connected.");
        var frame = GatewayPayloads.Frame(opcode, data);
        CheckSize(frame);
        await connection.Limiter.AcquireAsync(heartbeat: false, cancellationToken).ConfigureAwait(false);
        await connection.Transport.SendAsync(frame, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the shard until <paramref name="cancellationToken"/> is cancelled (then completes normally)
    /// or a fatal close code arrives (then throws <see cref="DiscordFatalException"/>). Every other failure
    /// reconnects, forever, with backoff.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var resumeFailures = 0;
        var first = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!first)
            {
                Interlocked.Increment(ref _reconnects);
            }

            first = false;
            var resuming = _sessionId is not null;
            var uri = resuming ? _resumeUri ?? _baseUri : _baseUri;
            var outcome = await RunConnectionAsync(uri, resuming, cancellationToken).ConfigureAwait(false);

            switch (outcome.Kind)
            {
                case OutcomeKind.Stop:
                    SetState(GatewayShardState.Stopped);
                    return;
                case OutcomeKind.Fatal:
                    SetState(GatewayShardState.Faulted);
                    var message = $"Discord gateway closed shard {ShardId} with fatal code {outcome.ServerCloseCode}: " +
                        $"{GatewayCloseCodes.Describe(outcome.ServerCloseCode)}. Not reconnecting.";
                    _logger.LogCritical("Discord gateway shard {ShardId} closed with fatal code {CloseCode} ({Meaning}); not reconnecting",
                        ShardId, outcome.ServerCloseCode, GatewayCloseCodes.Describe(outcome.ServerCloseCode));
                    throw new DiscordFatalException(message, outcome.ServerCloseCode);
                case OutcomeKind.NewSession:
                    ForgetSession();
                    break;
            }

            if (outcome.Healthy)
            {
                Volatile.Write(ref _attempts, 0);
                resumeFailures = 0;
            }

            if (resuming && outcome.NetworkFailure && !outcome.Healthy && _sessionId is not null
                && ++resumeFailures >= _settings.ResumeFailuresBeforeIdentify)
            {
                _logger.LogWarning("Shard {ShardId}: {Failures} resume attempts failed on the network; identifying on the base URL instead",
                    ShardId, resumeFailures);
                ForgetSession();
                resumeFailures = 0;
            }

            var attempt = Interlocked.Increment(ref _attempts);
            var delay = _settings.ReconnectPolicy.GetDelay(attempt);
            if (outcome.MinDelay > delay)
            {
                delay = outcome.MinDelay;
            }

            _logger.LogInformation("Shard {ShardId}: {Reason}; reconnecting in {Delay} ({Mode}, attempt {Attempt})",
                ShardId, outcome.Reason, delay, _sessionId is null ? "identify" : "resume", attempt);
            try
            {
                // The delay is created before the state change is announced, so an observer that sees
                // WaitingToReconnect knows the timer is already running.
                var wait = Task.Delay(delay, _timeProvider, cancellationToken);
                SetState(GatewayShardState.WaitingToReconnect);
                await wait.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        SetState(GatewayShardState.Stopped);
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUri = null;
        Interlocked.Exchange(ref _sequence, -1);
    }

    private void SetState(GatewayShardState state)
    {
        if (Interlocked.Exchange(ref _state, (int)state) != (int)state)
        {
            StateChanged?.Invoke(this, state);
        }
    }

    private void CheckSize(byte[] frame)
    {
        if (frame.Length > _settings.MaxOutgoingFrameBytes)
        {
            throw new ArgumentException(
                $"A gateway frame of {frame.Length} bytes exceeds the {_settings.MaxOutgoingFrameBytes}-byte limit (Discord would close with 4002).",
                nameof(frame));
        }
    }

    private async Task<Outcome> RunConnectionAsync(Uri uri, bool resuming, CancellationToken cancellationToken)
    {
        var events = Channel.CreateUnbounded<ShardEvent>(new UnboundedChannelOptions { SingleReader = true });
        var transport = _transportFactory.Create();
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var connection = new Connection(transport, events.Writer,
            new GatewaySendLimiter(_settings.SendLimit, _settings.HeartbeatReserve, _settings.SendWindow, _timeProvider),
            resuming, connectionCts.Token);
        SetState(GatewayShardState.Connecting);
        _logger.LogInformation("Shard {ShardId}: connecting to {Uri} ({Mode})", ShardId, uri, resuming ? "resume" : "identify");

        // The Hello timer starts before the connect so a connect that hangs is covered too.
        connection.HelloTimer = _timeProvider.CreateTimer(static s => ((Connection)s!).Post(ShardEvent.HelloTimeout),
            connection, _settings.HelloTimeout, Timeout.InfiniteTimeSpan);
        var pump = ReceivePumpAsync(connection, uri);

        Outcome outcome;
        try
        {
            outcome = await EventLoopAsync(connection, events.Reader, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = Outcome.Stop;
        }
        finally
        {
            Volatile.Write(ref _current, null);
            connection.DisposeTimers();
        }

        if (outcome.ServerCloseCode is { } serverCode)
        {
            Volatile.Write(ref _lastCloseCode, serverCode);
        }

        if (connection.Connected && !outcome.TransportGone)
        {
            await CloseAsync(connection, outcome.ClientCloseCode, outcome.Reason).ConfigureAwait(false);
        }
        else
        {
            transport.Abort();
        }

        await connectionCts.CancelAsync().ConfigureAwait(false);
        try
        {
            await pump.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Shard {ShardId}: receive loop ended with an exception after close", ShardId);
        }

        await transport.DisposeAsync().ConfigureAwait(false);
        return outcome;
    }

    private async Task CloseAsync(Connection connection, int code, string reason)
    {
        // The timeout exists before CloseAsync is called: a server that never answers the close handshake gets
        // the socket aborted (discord.js#7450, #8486), whatever the transport does with the token.
        using var timeout = new CancellationTokenSource(_settings.CloseTimeout, _timeProvider);
        try
        {
            await connection.Transport.CloseAsync(code, reason, timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            _logger.LogWarning("Shard {ShardId}: close handshake unanswered after {Timeout}; aborting the socket", ShardId, _settings.CloseTimeout);
            connection.Transport.Abort();
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Shard {ShardId}: close failed; aborting the socket", ShardId);
            connection.Transport.Abort();
        }
    }

    private async Task ReceivePumpAsync(Connection connection, Uri uri)
    {
        await Task.Yield();
        var ct = connection.Token;
        try
        {
            await connection.Transport.ConnectAsync(uri, ct).ConfigureAwait(false);
            connection.Connected = true;
            Volatile.Write(ref _current, connection);
            while (true)
            {
                var result = await connection.Transport.ReceiveAsync(ct).ConfigureAwait(false);
                // Posted before the next receive: once the transport is asked for more, this event is queued
                // ahead of anything a timer posts later.
                connection.Post(result.IsClose ? ShardEvent.Closed(result) : ShardEvent.Frame(result));
                if (result.IsClose)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The connection is over.
        }
        catch (Exception ex)
        {
            connection.Post(ShardEvent.Failed(ex));
        }
    }

    private async Task<Outcome> EventLoopAsync(Connection connection, ChannelReader<ShardEvent> events, CancellationToken cancellationToken)
    {
        while (true)
        {
            var ev = await events.ReadAsync(cancellationToken).ConfigureAwait(false);
            var outcome = ev.Kind switch
            {
                EventKind.Frame => await OnPooledFrameAsync(connection, ev).ConfigureAwait(false),
                EventKind.Closed => OnServerClose(connection, ev.CloseCode, ev.CloseReason),
                EventKind.Failed => OnFailure(connection, ev.Exception!),
                EventKind.HeartbeatTick => await OnHeartbeatTickAsync(connection).ConfigureAwait(false),
                EventKind.IdentifyPermitted => await SendIdentifyAsync(connection).ConfigureAwait(false),
                EventKind.HelloTimeout => connection.HelloReceived ? null
                    : Outcome.Retry($"no Hello within {_settings.HelloTimeout}", networkFailure: true),
                EventKind.ReadyTimeout => connection.Healthy ? null
                    : Outcome.Retry($"no {(connection.Resuming ? "RESUMED" : "READY")} within {_settings.ReadyTimeout}"),
                _ => null,
            };
            if (outcome is not null)
            {
                return outcome with { Healthy = connection.Healthy };
            }
        }
    }

    private Outcome OnServerClose(Connection connection, int? code, string? reason)
    {
        var action = GatewayCloseCodes.Classify(code);
        _logger.LogWarning("Shard {ShardId}: server closed the connection with {CloseCode} ({Meaning}) {CloseReason}",
            ShardId, code, GatewayCloseCodes.Describe(code), reason);
        var text = $"server closed with {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"}";
        return action switch
        {
            GatewayCloseAction.Fatal => new Outcome(OutcomeKind.Fatal, text) { ServerCloseCode = code, TransportGone = !connection.Connected },
            GatewayCloseAction.NewSession => new Outcome(OutcomeKind.NewSession, text) { ServerCloseCode = code },
            _ => new Outcome(OutcomeKind.Resume, text) { ServerCloseCode = code },
        };
    }

    private Outcome OnFailure(Connection connection, Exception exception)
    {
        _logger.LogWarning(exception, "Shard {ShardId}: connection failed ({Phase})", ShardId, connection.Connected ? "receive" : "connect");
        return Outcome.Retry(connection.Connected ? "connection dropped" : "connect failed", networkFailure: true) with { TransportGone = true };
    }

    private async Task<Outcome?> OnPooledFrameAsync(Connection connection, ShardEvent frame)
    {
        try
        {
            return await OnFrameAsync(connection, frame.Message).ConfigureAwait(false);
        }
        finally
        {
            // Nothing keeps the frame's bytes: the document is disposed and dispatches carry a clone of d.
            if (frame.PooledArray is { } array)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(array);
            }
        }
    }

    private async Task<Outcome?> OnFrameAsync(Connection connection, ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Shard {ShardId}: ignoring a frame that is not JSON ({Length} bytes)", ShardId, message.Length);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var op = root.TryGetProperty("op", out var opElement) && opElement.TryGetInt32(out var o) ? o : -1;
            var data = root.TryGetProperty("d", out var d) ? d : default;
            switch (op)
            {
                case GatewayOpcode.Hello:
                    return await OnHelloAsync(connection, data).ConfigureAwait(false);
                case GatewayOpcode.HeartbeatAck:
                    connection.AckReceived = true;
                    if (connection.LastHeartbeatSent is { } sent)
                    {
                        Interlocked.Exchange(ref _latencyTicks, _timeProvider.GetElapsedTime(sent).Ticks);
                    }

                    return null;
                case GatewayOpcode.Heartbeat:
                    _logger.LogDebug("Shard {ShardId}: server requested a heartbeat", ShardId);
                    await SendHeartbeatAsync(connection).ConfigureAwait(false);
                    return null;
                case GatewayOpcode.Reconnect:
                    return new Outcome(OutcomeKind.Resume, "server requested a reconnect (op 7)");
                case GatewayOpcode.InvalidSession:
                    var resumable = data.ValueKind == JsonValueKind.True;
                    _logger.LogWarning("Shard {ShardId}: invalid session (op 9, resumable {Resumable})", ShardId, resumable);
                    return resumable
                        ? new Outcome(OutcomeKind.Resume, "invalid session, resumable (op 9)")
                        : new Outcome(OutcomeKind.NewSession, "invalid session, not resumable (op 9)")
                        {
                            ClientCloseCode = GatewayCloseCodes.ClientNormal,
                            MinDelay = InvalidSessionDelay(),
                        };
                case GatewayOpcode.Dispatch:
                    OnDispatch(connection, root, data);
                    return null;
                default:
                    _logger.LogDebug("Shard {ShardId}: ignoring opcode {Opcode}", ShardId, op);
                    return null;
            }
        }
    }

    private TimeSpan InvalidSessionDelay()
    {
        var min = _settings.InvalidSessionMinDelay;
        var span = _settings.InvalidSessionMaxDelay - min;
        return min + TimeSpan.FromTicks((long)(span.Ticks * _settings.Random.NextDouble()));
    }

    private async Task<Outcome?> OnHelloAsync(Connection connection, JsonElement data)
    {
        if (connection.HelloReceived)
        {
            return null;
        }

        connection.HelloReceived = true;
        connection.HelloTimer?.Dispose();
        var intervalMs = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("heartbeat_interval", out var hi) && hi.TryGetDouble(out var ms) ? ms : 41_250;
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, intervalMs));
        var firstBeat = TimeSpan.FromTicks((long)(interval.Ticks * _settings.Random.NextDouble()));
        _logger.LogDebug("Shard {ShardId}: Hello, heartbeat interval {Interval}, first heartbeat in {First}", ShardId, interval, firstBeat);
        connection.HeartbeatTimer = _timeProvider.CreateTimer(static s => ((Connection)s!).Post(ShardEvent.HeartbeatTick),
            connection, firstBeat, interval);

        if (connection.Resuming && _sessionId is { } sessionId)
        {
            SetState(GatewayShardState.Resuming);
            StartReadyTimer(connection);
            var seq = Interlocked.Read(ref _sequence);
            _logger.LogInformation("Shard {ShardId}: sending Resume {Payload}", ShardId,
                Encoding.UTF8.GetString(GatewayPayloads.Resume(GatewayPayloads.Redacted, sessionId, seq < 0 ? null : seq)));
            await SendFrameAsync(connection, GatewayPayloads.Resume(_token.Reveal(), sessionId, seq < 0 ? null : seq), heartbeat: false).ConfigureAwait(false);
            return null;
        }

        connection.Resuming = false;
        SetState(GatewayShardState.Identifying);
        _ = WaitForIdentifyPermitAsync(connection);
        return null;
    }

    private async Task WaitForIdentifyPermitAsync(Connection connection)
    {
        try
        {
            await _identifyGate.WaitAsync(ShardId, connection.Token).ConfigureAwait(false);
            connection.Post(ShardEvent.IdentifyPermitted);
        }
        catch (OperationCanceledException) when (connection.Token.IsCancellationRequested)
        {
            // The connection ended before our turn came.
        }
        catch (Exception ex)
        {
            connection.Post(ShardEvent.Failed(ex));
        }
    }

    private async Task<Outcome?> SendIdentifyAsync(Connection connection)
    {
        StartReadyTimer(connection);
        _logger.LogInformation("Shard {ShardId}: sending Identify {Payload}", ShardId,
            Encoding.UTF8.GetString(GatewayPayloads.Identify(GatewayPayloads.Redacted, _intents, ShardId, _shardCount, _os)));
        await SendFrameAsync(connection, GatewayPayloads.Identify(_token.Reveal(), _intents, ShardId, _shardCount, _os), heartbeat: false).ConfigureAwait(false);
        return null;
    }

    private void StartReadyTimer(Connection connection)
    {
        connection.ReadyTimer?.Dispose();
        connection.ReadyTimer = _timeProvider.CreateTimer(static s => ((Connection)s!).Post(ShardEvent.ReadyTimeout),
            connection, _settings.ReadyTimeout, Timeout.InfiniteTimeSpan);
    }

    private async Task<Outcome?> OnHeartbeatTickAsync(Connection connection)
    {
        if (!connection.AckReceived)
        {
            _logger.LogWarning("Shard {ShardId}: no heartbeat ACK since the previous heartbeat (zombie connection); reconnecting", ShardId);
            return new Outcome(OutcomeKind.Resume, "zombie connection (missed heartbeat ACK)");
        }

        connection.AckReceived = false;
        await SendHeartbeatAsync(connection).ConfigureAwait(false);
        return null;
    }

    private async Task SendHeartbeatAsync(Connection connection)
    {
        var seq = Interlocked.Read(ref _sequence);
        connection.LastHeartbeatSent = _timeProvider.GetTimestamp();
        await SendFrameAsync(connection, GatewayPayloads.Heartbeat(seq < 0 ? null : seq), heartbeat: true).ConfigureAwait(false);
    }

    private async Task SendFrameAsync(Connection connection, byte[] frame, bool heartbeat)
    {
        CheckSize(frame);
        if (!connection.Limiter.TryAcquire(heartbeat, out var retryAfter))
        {
            if (heartbeat)
            {
                // Heartbeats own the reserve; being out of it means something else flooded the socket. Skipping one
                // beats a 4008 close.
                _logger.LogWarning("Shard {ShardId}: send limit reached; skipping a heartbeat", ShardId);
                return;
            }

            await Task.Delay(retryAfter, _timeProvider, connection.Token).ConfigureAwait(false);
            await connection.Limiter.AcquireAsync(heartbeat, connection.Token).ConfigureAwait(false);
        }

        try
        {
            await connection.Transport.SendAsync(frame, connection.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed send means the socket is gone; the receive side reports it too, and the first report wins.
            connection.Post(ShardEvent.Failed(ex));
        }
    }

    private void OnDispatch(Connection connection, JsonElement root, JsonElement data)
    {
        var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? EventName(t) : "";
        long seq = -1;
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var sv))
        {
            seq = sv;
            // Only forward: a replayed or duplicated older dispatch never moves the sequence back.
            long current;
            do
            {
                current = Interlocked.Read(ref _sequence);
            }
            while (sv > current && Interlocked.CompareExchange(ref _sequence, sv, current) != current);
        }

        switch (type)
        {
            case "READY":
                if (data.ValueKind == JsonValueKind.Object)
                {
                    _sessionId = data.TryGetProperty("session_id", out var sid) ? sid.GetString() : null;
                    var resumeUrl = data.TryGetProperty("resume_gateway_url", out var ru) ? ru.GetString() : null;
                    _resumeUri = string.IsNullOrEmpty(resumeUrl) ? null : GatewayPayloads.WithGatewayQuery(resumeUrl);
                }

                MarkHealthy(connection);
                _logger.LogInformation("Shard {ShardId}: READY (resume URL {ResumeUri})", ShardId, _resumeUri);
                break;
            case "RESUMED":
                MarkHealthy(connection);
                _logger.LogInformation("Shard {ShardId}: RESUMED at seq {Sequence}", ShardId, Interlocked.Read(ref _sequence));
                break;
        }

        _dispatches.Post(new GatewayDispatch(ShardId, type, seq, data.Clone(), _timeProvider.GetTimestamp()));
    }

    // The hot event names as shared strings rather than a new one per dispatch.
    private static string EventName(JsonElement t) =>
        t.ValueEquals("INTERACTION_CREATE"u8) ? "INTERACTION_CREATE"
        : t.ValueEquals("GUILD_CREATE"u8) ? "GUILD_CREATE"
        : t.ValueEquals("MESSAGE_CREATE"u8) ? "MESSAGE_CREATE"
        : t.GetString()!;

    private void MarkHealthy(Connection connection)
    {
        connection.Healthy = true;
        connection.ReadyTimer?.Dispose();
        connection.ReadyTimer = null;
        Volatile.Write(ref _attempts, 0);
        SetState(GatewayShardState.Ready);
    }

    private enum OutcomeKind
    {
        Resume,
        NewSession,
        Fatal,
        Stop,
    }

    private sealed record Outcome(OutcomeKind Kind, string Reason)
    {
        public static readonly Outcome Stop = new(OutcomeKind.Stop, "stopping") { ClientCloseCode = GatewayCloseCodes.ClientNormal };

        public int ClientCloseCode { get; init; } = GatewayCloseCodes.ClientResume;
        public int? ServerCloseCode { get; init; }
        public bool NetworkFailure { get; init; }
        public bool TransportGone { get; init; }
        public bool Healthy { get; init; }
        public TimeSpan MinDelay { get; init; }

        public static Outcome Retry(string reason, bool networkFailure = false) =>
            new(OutcomeKind.Resume, reason) { NetworkFailure = networkFailure };
    }

    private enum EventKind
    {
        Frame,
        Closed,
        Failed,
        HeartbeatTick,
        IdentifyPermitted,
        HelloTimeout,
        ReadyTimeout,
    }

    private sealed record ShardEvent(EventKind Kind)
    {
        public static readonly ShardEvent HeartbeatTick = new(EventKind.HeartbeatTick);
        public static readonly ShardEvent IdentifyPermitted = new(EventKind.IdentifyPermitted);
        public static readonly ShardEvent HelloTimeout = new(EventKind.HelloTimeout);
        public static readonly ShardEvent ReadyTimeout = new(EventKind.ReadyTimeout);

        public ReadOnlyMemory<byte> Message { get; init; }
        public byte[]? PooledArray { get; init; }
        public int? CloseCode { get; init; }
        public string? CloseReason { get; init; }
        public Exception? Exception { get; init; }

        public static ShardEvent Frame(GatewayReceiveResult result) => new(EventKind.Frame) { Message = result.Message, PooledArray = result.PooledArray };
        public static ShardEvent Closed(GatewayReceiveResult result) => new(EventKind.Closed) { CloseCode = result.CloseCode, CloseReason = result.CloseReason };
        public static ShardEvent Failed(Exception exception) => new(EventKind.Failed) { Exception = exception };
    }

    private sealed class Connection(IGatewayTransport transport, ChannelWriter<ShardEvent> events,
        GatewaySendLimiter limiter, bool resuming, CancellationToken token)
    {
        public IGatewayTransport Transport { get; } = transport;
        public CancellationToken Token { get; } = token;
        public GatewaySendLimiter Limiter { get; } = limiter;
        public bool Resuming { get; set; } = resuming;
        public volatile bool Connected;
        public bool HelloReceived { get; set; }
        public bool Healthy { get; set; }

        // Fresh per connection: a stale "no ACK" flag from the previous socket caused endless zombie loops elsewhere.
        public bool AckReceived { get; set; } = true;
        public long? LastHeartbeatSent { get; set; }
        public ITimer? HelloTimer { get; set; }
        public ITimer? HeartbeatTimer { get; set; }
        public ITimer? ReadyTimer { get; set; }

        public void Post(ShardEvent ev) => events.TryWrite(ev);

        public void DisposeTimers()
        {
            HelloTimer?.Dispose();
            HeartbeatTimer?.Dispose();
            ReadyTimer?.Dispose();
        }
    }
}
