using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace TriviaBot.LocalDiscord;

internal sealed class GatewaySession(string id, int shardId, int shardCount, long intents)
{
    public string Id { get; } = id;
    public int ShardId { get; } = shardId;
    public int ShardCount { get; } = shardCount;
    public long Intents { get; } = intents;
    public Lock Gate { get; } = new();
    public long Seq { get; set; }
    /// <summary>Dispatch frames as sent (UTF-8), kept for replay on resume.</summary>
    public List<(long Seq, byte[] Json)> Events { get; } = [];
    public GatewayConnection? Connection { get; set; }
    public bool Invalidated { get; set; }
    public long DisconnectedAt { get; set; }
}

internal abstract record Outgoing;
internal sealed record TextOut(byte[] Utf8, int? Op, string? EventName, long? Seq) : Outgoing;
internal sealed record CloseOut(int Code, string Reason) : Outgoing;
internal sealed record AbortOut : Outgoing;

internal sealed class GatewayConnection(string id, WebSocket socket, HttpContext context)
{
    public string Id { get; } = id;
    public WebSocket Socket { get; } = socket;
    public HttpContext Context { get; } = context;
    public Channel<Outgoing> Queue { get; } = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    public GatewaySession? Session { get; set; }
    public volatile bool Zombie;
    public volatile bool Closing;
    public Queue<long> FrameTimes { get; } = new();

    public void Send(byte[] utf8, int? op, string? eventName = null, long? seq = null) => Queue.Writer.TryWrite(new TextOut(utf8, op, eventName, seq));

    public void Close(int code, string reason)
    {
        if (!Closing)
        {
            Closing = true;
            Queue.Writer.TryWrite(new CloseOut(code, reason));
        }
    }

    public void Abort()
    {
        Closing = true;
        Queue.Writer.TryWrite(new AbortOut());
    }
}

/// <summary>The WebSocket gateway: sessions, sequence numbers, resume, sharding and the protocol checks.</summary>
internal sealed class GatewayHub(LocalDiscordServer server, LocalDiscordOptions options, LocalDiscordRecorder recorder)
{
    public const int MaxFrameBytes = 4096;
    private const long KnownIntents = (1L << 26) - 1;
    private const long PrivilegedIntents = (1L << 1) | (1L << 8) | (1L << 15);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<GatewayConnection> _connections = [];
    private readonly Dictionary<int, long> _lastIdentifyByBucket = [];
    private int _connectionCounter;
    private int _sessionStartRemaining = options.SessionStartRemaining;
    private int _duplicateNext;

    private TimeProvider Time => options.Time;

    public int SessionStartRemaining => Volatile.Read(ref _sessionStartRemaining);

    public void DuplicateNextDispatch() => Interlocked.Exchange(ref _duplicateNext, 1);

    public List<GatewayConnection> Connections(int? shard)
    {
        lock (_gate)
        {
            return [.. _connections.Where(c => shard is null || c.Session?.ShardId == shard)];
        }
    }

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new GatewayConnection("c" + Interlocked.Increment(ref _connectionCounter).ToString(CultureInfo.InvariantCulture), socket, context);
        recorder.Add(new RecordedConnection(connection.Id, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", Time.GetUtcNow()));
        lock (_gate)
        {
            _connections.Add(connection);
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
        var writer = WriteLoopAsync(connection, cts.Token);
        try
        {
            var version = context.Request.Query["v"].ToString();
            var encoding = context.Request.Query["encoding"].ToString();
            if (version.Length > 0 && version != "10")
            {
                connection.Close(4012, "Invalid API version");
            }
            else if (encoding.Length > 0 && encoding != "json")
            {
                connection.Close(4002, "Unsupported encoding");
            }
            else
            {
                Send(connection, 10, new JsonObject { ["heartbeat_interval"] = (long)options.HeartbeatInterval.TotalMilliseconds });
            }
            await ReceiveLoopAsync(connection, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client vanished or the server is stopping: nothing to answer.
        }
        finally
        {
            connection.Queue.Writer.TryComplete();
            try
            {
                await writer.WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or WebSocketException or OperationCanceledException or IOException)
            {
                socket.Abort();
            }
            Detach(connection);
            await cts.CancelAsync().ConfigureAwait(false);
        }
    }

    private void Detach(GatewayConnection connection)
    {
        lock (_gate)
        {
            _connections.Remove(connection);
        }
        var session = connection.Session;
        if (session is null)
        {
            return;
        }
        lock (session.Gate)
        {
            if (session.Connection == connection)
            {
                session.Connection = null;
                session.DisconnectedAt = Time.GetTimestamp();
            }
        }
        if (session.Invalidated)
        {
            lock (_gate)
            {
                _sessions.Remove(session.Id);
            }
        }
    }

    private async Task WriteLoopAsync(GatewayConnection connection, CancellationToken ct)
    {
        var socket = connection.Socket;
        try
        {
            await foreach (var item in connection.Queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                switch (item)
                {
                    case TextOut text:
                        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived) || connection.Context.RequestAborted.IsCancellationRequested)
                        {
                            continue;
                        }
                        recorder.AddFrame("out", connection.Id, connection.Session?.ShardId, text.Op, text.EventName, text.Seq, text.Utf8, Time.GetUtcNow());
                        await socket.SendAsync(text.Utf8, WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
                        break;
                    case CloseOut close:
                        recorder.Add(new RecordedClose(connection.Id, "server", close.Code, close.Reason, Time.GetUtcNow()));
                        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        {
                            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                            try
                            {
                                await socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Reason, timeout.Token).ConfigureAwait(false);
                            }
                            catch (OperationCanceledException)
                            {
                                socket.Abort();
                            }
                        }
                        ScheduleAbortIfNoCloseReply(connection);
                        return;
                    case AbortOut:
                        recorder.Add(new RecordedClose(connection.Id, "server-drop", null, "TCP dropped without a close frame", Time.GetUtcNow()));
                        connection.Context.Abort();
                        socket.Abort();
                        return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Socket gone.
        }
    }

    private static void ScheduleAbortIfNoCloseReply(GatewayConnection connection)
    {
        // A client that never answers the close handshake must not pin the connection forever.
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(
            _ =>
            {
                if (connection.Socket.State != WebSocketState.Closed)
                {
                    connection.Context.Abort();
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task ReceiveLoopAsync(GatewayConnection connection, CancellationToken ct)
    {
        var socket = connection.Socket;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxFrameBytes + 1);
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                var oversize = false;
                do
                {
                    if (count >= MaxFrameBytes + 1)
                    {
                        oversize = true;
                        count = 0;
                    }
                    result = await socket.ReceiveAsync(buffer.AsMemory(count, MaxFrameBytes + 1 - count), ct).ConfigureAwait(false);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    var code = (int?)socket.CloseStatus;
                    recorder.Add(new RecordedClose(connection.Id, "client", code, socket.CloseStatusDescription, Time.GetUtcNow()));
                    if (code is 1000 or 1001 && connection.Session is { } s)
                    {
                        s.Invalidated = true;
                    }
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                        connection.Closing = true;
                        connection.Queue.Writer.TryComplete();
                        try
                        {
                            await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                        }
                        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                        {
                            socket.Abort();
                        }
                    }
                    return;
                }
                if (connection.Closing)
                {
                    continue; // after the server's close frame, drain until the client's close
                }
                oversize |= count > MaxFrameBytes;
                var raw = Encoding.UTF8.GetString(buffer, 0, Math.Min(count, MaxFrameBytes));
                if (oversize)
                {
                    recorder.Add(new RecordedFrame("in", connection.Id, connection.Session?.ShardId, null, null, null, raw, Time.GetUtcNow()));
                    connection.Close(4002, "Decode error: payload too large");
                    continue;
                }
                HandleFrame(connection, raw, result.MessageType);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void HandleFrame(GatewayConnection connection, string raw, WebSocketMessageType type)
    {
        JsonObject? frame = null;
        try
        {
            frame = JsonNode.Parse(raw) as JsonObject;
        }
        catch (JsonException)
        {
        }
        var op = frame is null ? null : Validation.Int(frame["op"]);
        recorder.Add(new RecordedFrame("in", connection.Id, connection.Session?.ShardId, op, null, null, raw, Time.GetUtcNow()));

        var now = Time.GetTimestamp();
        connection.FrameTimes.Enqueue(now);
        while (connection.FrameTimes.Count > 0 && Time.GetElapsedTime(connection.FrameTimes.Peek(), now) >= options.GatewayRateLimitWindow)
        {
            connection.FrameTimes.Dequeue();
        }
        if (connection.FrameTimes.Count > options.GatewayRateLimit)
        {
            connection.Close(4008, "Rate limited.");
            return;
        }
        if (type != WebSocketMessageType.Text || frame is null || op is null)
        {
            connection.Close(4002, "Error while decoding payload.");
            return;
        }
        var d = frame["d"];
        switch (op)
        {
            case 1:
                if (!connection.Zombie)
                {
                    Send(connection, 11, null);
                }
                return;
            case 2:
                Identify(connection, d as JsonObject);
                return;
            case 6:
                Resume(connection, d as JsonObject);
                return;
            case 3 or 4 or 8 or 31 or 36:
                if (connection.Session is null)
                {
                    connection.Close(4003, "Not authenticated.");
                }
                return;
            default:
                connection.Close(4001, "Unknown opcode.");
                return;
        }
    }

    private void Identify(GatewayConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            connection.Close(4005, "Already authenticated.");
            return;
        }
        if (d is null || Validation.Str(d["token"]) is not { } token)
        {
            connection.Close(4002, "Error while decoding payload.");
            return;
        }
        if (!string.Equals(token, server.Token, StringComparison.Ordinal))
        {
            connection.Close(4004, "Authentication failed.");
            return;
        }
        if (d["properties"] is not JsonObject props || Validation.Str(props["os"]) is null || Validation.Str(props["browser"]) is null || Validation.Str(props["device"]) is null)
        {
            connection.Close(4002, "Error while decoding payload: properties{os,browser,device} required.");
            return;
        }
        if (d["intents"] is not JsonValue iv || !iv.TryGetValue<long>(out var intents) || intents < 0 || (intents & ~KnownIntents) != 0)
        {
            connection.Close(4013, "Invalid intent(s).");
            return;
        }
        if ((intents & PrivilegedIntents) != 0 && !options.PrivilegedIntentsEnabled)
        {
            connection.Close(4014, "Disallowed intent(s).");
            return;
        }
        int shardId = 0, shardCount = 1;
        if (d["shard"] is JsonArray shard)
        {
            if (shard.Count != 2 || Validation.Int(shard[0]) is not { } sid || Validation.Int(shard[1]) is not { } sn)
            {
                connection.Close(4010, "Invalid shard.");
                return;
            }
            (shardId, shardCount) = (sid, sn);
        }
        else if (d["shard"] is not null)
        {
            connection.Close(4010, "Invalid shard.");
            return;
        }
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
        {
            connection.Close(4010, "Invalid shard.");
            return;
        }
        if (shardCount < options.RecommendedShards && shardCount == 1 && d["shard"] is null)
        {
            connection.Close(4011, "Sharding required.");
            return;
        }
        var bucket = shardId % Math.Max(1, options.MaxConcurrency);
        var now = Time.GetTimestamp();
        lock (_gate)
        {
            if (_lastIdentifyByBucket.TryGetValue(bucket, out var last) && Time.GetElapsedTime(last, now) < options.IdentifyInterval)
            {
                connection.Close(4008, "Rate limited: identify too fast for this concurrency bucket.");
                return;
            }
            if (_sessionStartRemaining <= 0)
            {
                connection.Close(4008, "Rate limited: session start limit exhausted.");
                return;
            }
            _sessionStartRemaining--;
            _lastIdentifyByBucket[bucket] = now;
        }

        var session = new GatewaySession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), shardId, shardCount, intents) { Connection = connection };
        connection.Session = session;
        lock (_gate)
        {
            _sessions[session.Id] = session;
        }
        var guilds = new JsonArray();
        var mine = server.World.Guilds.Where(g => SnowflakeGenerator.ShardFor(g.Id, shardCount) == shardId).ToList();
        foreach (var g in mine)
        {
            guilds.Add(new JsonObject { ["id"] = g.Id, ["unavailable"] = true });
        }
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = server.World.BotUserJson(),
            ["guilds"] = guilds,
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = server.ResumeGatewayUrl.ToString().TrimEnd('/'),
            ["shard"] = new JsonArray(shardId, shardCount),
            ["application"] = new JsonObject { ["id"] = server.ApplicationId, ["flags"] = 565248 },
            ["private_channels"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["geo_ordered_rtc_regions"] = new JsonArray(),
        };
        Dispatch(session, "READY", ready);
        if ((intents & 1) != 0)
        {
            foreach (var g in mine)
            {
                Dispatch(session, "GUILD_CREATE", server.World.GuildCreateJson(g));
            }
        }
    }

    private void Resume(GatewayConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            connection.Close(4005, "Already authenticated.");
            return;
        }
        if (d is null || Validation.Str(d["token"]) is not { } token || Validation.Str(d["session_id"]) is not { } sessionId)
        {
            connection.Close(4002, "Error while decoding payload.");
            return;
        }
        if (!string.Equals(token, server.Token, StringComparison.Ordinal))
        {
            connection.Close(4004, "Authentication failed.");
            return;
        }
        long seq = d["seq"] is JsonValue sv && sv.TryGetValue<long>(out var s) ? s : 0;
        GatewaySession? session;
        lock (_gate)
        {
            _sessions.TryGetValue(sessionId, out session);
        }
        if (session is null || session.Invalidated
            || (session.Connection is null && Time.GetElapsedTime(session.DisconnectedAt) > options.SessionResumeWindow))
        {
            Send(connection, 9, JsonValue.Create(false));
            return;
        }
        GatewayConnection? previous;
        lock (session.Gate)
        {
            if (seq > session.Seq)
            {
                connection.Close(4007, "Invalid seq.");
                return;
            }
            if (seq < session.Seq && (session.Events.Count == 0 || session.Events[0].Seq > seq + 1))
            {
                Send(connection, 9, JsonValue.Create(false)); // the missed events are no longer buffered
                return;
            }
            previous = session.Connection;
            session.Connection = connection;
            connection.Session = session;
            foreach (var (evSeq, json) in session.Events)
            {
                if (evSeq > seq)
                {
                    connection.Send(json, 0, EventNameOf(json), evSeq);
                }
            }
        }
        if (previous is not null && previous != connection)
        {
            previous.Session = null;
            previous.Close(4000, "Session resumed elsewhere.");
        }
        Dispatch(session, "RESUMED", null);
    }

    private static string? EventNameOf(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty("t", out var t) ? t.GetString() : null;
    }

    public static void Send(GatewayConnection connection, int op, JsonNode? d)
    {
        var frame = new JsonObject { ["op"] = op, ["d"] = d, ["s"] = null, ["t"] = null };
        connection.Send(JsonSerializer.SerializeToUtf8Bytes(frame), op);
    }

    /// <summary>Assigns the session's next sequence number, buffers the event for resume and sends it if connected.</summary>
    public long Dispatch(GatewaySession session, string eventName, JsonNode? data) =>
        DispatchRaw(session, eventName, data is null ? "null"u8 : JsonSerializer.SerializeToUtf8Bytes(data));

    /// <summary><see cref="Dispatch(GatewaySession, string, JsonNode?)"/> with <c>d</c> already serialised.</summary>
    public long DispatchRaw(GatewaySession session, string eventName, ReadOnlySpan<byte> data)
    {
        var duplicate = Interlocked.Exchange(ref _duplicateNext, 0) == 1;
        lock (session.Gate)
        {
            var seq = ++session.Seq;
            var json = DispatchFrame(eventName, data, seq);
            session.Events.Add((seq, json));
            if (session.Events.Count > options.SessionReplayBuffer)
            {
                session.Events.RemoveRange(0, session.Events.Count - options.SessionReplayBuffer);
            }
            session.Connection?.Send(json, 0, eventName, seq);
            if (duplicate)
            {
                session.Connection?.Send(json, 0, eventName, seq);
            }
            return seq;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> EventNameTails = new(StringComparer.Ordinal);

    /// <summary><c>{"op":0,"d":…,"s":N,"t":"NAME"}</c> in one exact-size array (the bytes that are sent, buffered
    /// for resume and recorded), around <paramref name="data"/> as given.</summary>
    private static byte[] DispatchFrame(string eventName, ReadOnlySpan<byte> data, long seq)
    {
        var tail = EventNameTails.Count < 1000
            ? EventNameTails.GetOrAdd(eventName, static n => EventNameTail(n))
            : EventNameTail(eventName);
        ReadOnlySpan<byte> head = "{\"op\":0,\"d\":"u8;
        ReadOnlySpan<byte> seqKey = ",\"s\":"u8;
        Span<byte> seqText = stackalloc byte[20];
        System.Buffers.Text.Utf8Formatter.TryFormat(seq, seqText, out var seqLength);
        var frame = new byte[head.Length + data.Length + seqKey.Length + seqLength + tail.Length];
        var span = frame.AsSpan();
        head.CopyTo(span);
        span = span[head.Length..];
        data.CopyTo(span);
        span = span[data.Length..];
        seqKey.CopyTo(span);
        span = span[seqKey.Length..];
        seqText[..seqLength].CopyTo(span);
        tail.CopyTo(span[seqLength..]);
        return frame;
    }

    private static byte[] EventNameTail(string eventName)
    {
        using var scratch = JsonScratch.Rent();
        scratch.Writer.WriteStringValue(eventName);
        return [.. ",\"t\":"u8, .. scratch.Written, .. "}"u8];
    }

    /// <summary>Sends a dispatch to every live (or resumable) session of the guild's shard.</summary>
    public int DispatchToGuild(string eventName, JsonNode? data, string? guildId) =>
        DispatchToGuild(eventName, data is null ? "null"u8.ToArray() : JsonSerializer.SerializeToUtf8Bytes(data), guildId);

    /// <summary><see cref="DispatchToGuild(string, JsonNode?, string?)"/> with <c>d</c> already serialised.</summary>
    public int DispatchToGuild(string eventName, byte[] data, string? guildId)
    {
        List<GatewaySession> targets = [];
        lock (_gate)
        {
            List<string>? expired = null;
            foreach (var s in _sessions.Values)
            {
                // Sessions disconnected longer than the resume window can never resume: forget them.
                if (s.Connection is null && Time.GetElapsedTime(s.DisconnectedAt) > options.SessionResumeWindow)
                {
                    (expired ??= []).Add(s.Id);
                }
                else if (!s.Invalidated && SnowflakeGenerator.ShardFor(guildId, s.ShardCount) == s.ShardId)
                {
                    targets.Add(s);
                }
            }
            foreach (var id in expired ?? [])
            {
                _sessions.Remove(id);
            }
        }
        foreach (var s in targets)
        {
            DispatchRaw(s, eventName, data);
        }
        return targets.Count;
    }

    public int ReplayDispatch(long seq, int? shard)
    {
        var n = 0;
        foreach (var c in Connections(shard))
        {
            if (c.Session is not { } s)
            {
                continue;
            }
            lock (s.Gate)
            {
                var ev = s.Events.FindIndex(e => e.Seq == seq);
                if (ev >= 0)
                {
                    c.Send(s.Events[ev].Json, 0, EventNameOf(s.Events[ev].Json), seq);
                    n++;
                }
            }
        }
        return n;
    }

    public void Invalidate(GatewaySession session)
    {
        session.Invalidated = true;
        lock (_gate)
        {
            _sessions.Remove(session.Id);
        }
    }

    /// <summary>Sends close 1001 to every connection and waits (bounded) until their handlers have finished.</summary>
    public async Task CloseAllAsync(TimeSpan timeout)
    {
        foreach (var c in Connections(null))
        {
            c.Close(1001, "Server stopping");
        }
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (Connections(null).Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stragglers are cut off by the stopping token.
        }
    }
}
