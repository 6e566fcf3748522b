using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord;

public sealed record RecordedFrame(string Direction, string ConnectionId, int? Shard, int? Op, string? EventName, long? Sequence, string RawJson, DateTimeOffset Timestamp);

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status, DateTimeOffset Timestamp);

public sealed record RecordedConnection(string ConnectionId, string Path, string Query, DateTimeOffset Timestamp);

public sealed record RecordedClose(string ConnectionId, string Initiator, int? Code, string? Reason, DateTimeOffset Timestamp);

/// <summary>Every gateway frame and REST request the server saw, in order.</summary>
public sealed class LocalDiscordRecorder
{
    private readonly Lock _gate = new();
    // Frames are kept as the entries below: an outgoing frame keeps the UTF-8 bytes that were sent (shared, not
    // copied) and becomes a RecordedFrame with its text only when someone looks.
    private readonly List<FrameEntry> _frames = [];
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedConnection> _connections = [];
    private readonly List<RecordedClose> _closes = [];
    private readonly List<(Func<bool> Check, TaskCompletionSource Done)> _waiters = [];
    private readonly string _token;
    private readonly int _limit;

    internal LocalDiscordRecorder(string token, int limit = int.MaxValue)
    {
        _token = token;
        _limit = Math.Max(16, limit);
    }

    public IReadOnlyList<RecordedFrame> Frames { get { lock (_gate) { return [.. _frames.Select(f => f.Record)]; } } }
    public IReadOnlyList<RecordedRequest> Requests { get { lock (_gate) { return [.. _requests]; } } }
    public IReadOnlyList<RecordedConnection> Connections { get { lock (_gate) { return [.. _connections]; } } }
    public IReadOnlyList<RecordedClose> Closes { get { lock (_gate) { return [.. _closes]; } } }

    internal void Add(RecordedFrame frame) => Add(() => Append(_frames, new FrameEntry(frame)));

    internal void AddFrame(string direction, string connectionId, int? shard, int? op, string? eventName, long? sequence, byte[] utf8, DateTimeOffset timestamp) =>
        Add(() => Append(_frames, new FrameEntry(direction, connectionId, shard, op, eventName, sequence, utf8, timestamp)));
    internal void Add(RecordedRequest request) => Add(() => Append(_requests, request));
    internal void Add(RecordedConnection connection) => Add(() => Append(_connections, connection));
    internal void Add(RecordedClose close) => Add(() => Append(_closes, close));

    // A long-running server (a playground, a benchmark) keeps the newest entries only: drop the older half at once.
    private void Append<T>(List<T> list, T item)
    {
        if (list.Count >= _limit)
        {
            list.RemoveRange(0, list.Count / 2);
        }

        list.Add(item);
    }

    private void Add(Action add)
    {
        List<TaskCompletionSource> done = [];
        lock (_gate)
        {
            add();
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Check())
                {
                    done.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var tcs in done)
        {
            tcs.TrySetResult();
        }
    }

    /// <summary>Completes when a recorded frame matches; checks already-recorded frames first.</summary>
    public Task<RecordedFrame> WaitForFrameAsync(Func<RecordedFrame, bool> predicate, CancellationToken ct = default) =>
        WaitForAsync(() => _frames.FindLast(f => predicate(f.Record))?.Record, ct);

    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, CancellationToken ct = default) =>
        WaitForAsync(() => _requests.FindLast(r => predicate(r)), ct);

    public Task<RecordedClose> WaitForCloseAsync(Func<RecordedClose, bool> predicate, CancellationToken ct = default) =>
        WaitForAsync(() => _closes.FindLast(c => predicate(c)), ct);

    private async Task<T> WaitForAsync<T>(Func<T?> find, CancellationToken ct) where T : class
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        T? found;
        lock (_gate)
        {
            found = find();
            if (found is null)
            {
                _waiters.Add((() => find() is not null, tcs));
            }
        }
        if (found is not null)
        {
            return found;
        }
        await tcs.Task.WaitAsync(ct).ConfigureAwait(false);
        lock (_gate)
        {
            return find()!;
        }
    }

    internal string Redact(string text) => text.Replace(_token, "[redacted]", StringComparison.Ordinal);

    /// <summary>The recording as JSON with token values redacted (GET /_local/recording).</summary>
    public JsonObject ToJson()
    {
        var frames = new JsonArray();
        var requests = new JsonArray();
        var connections = new JsonArray();
        var closes = new JsonArray();
        lock (_gate)
        {
            foreach (var entry in _frames)
            {
                var f = entry.Record;
                frames.Add(new JsonObject
                {
                    ["direction"] = f.Direction, ["connection"] = f.ConnectionId, ["shard"] = f.Shard, ["op"] = f.Op,
                    ["t"] = f.EventName, ["s"] = f.Sequence, ["raw"] = Redact(f.RawJson), ["timestamp"] = f.Timestamp.ToString("O"),
                });
            }
            foreach (var r in _requests)
            {
                var headers = new JsonObject();
                foreach (var (k, v) in r.Headers)
                {
                    headers[k] = Redact(v);
                }
                requests.Add(new JsonObject
                {
                    ["method"] = r.Method, ["path"] = Redact(r.Path), ["headers"] = headers, ["body"] = Redact(r.Body),
                    ["status"] = r.Status, ["timestamp"] = r.Timestamp.ToString("O"),
                });
            }
            foreach (var c in _connections)
            {
                connections.Add(new JsonObject { ["connection"] = c.ConnectionId, ["path"] = c.Path, ["query"] = c.Query, ["timestamp"] = c.Timestamp.ToString("O") });
            }
            foreach (var c in _closes)
            {
                closes.Add(new JsonObject { ["connection"] = c.ConnectionId, ["initiator"] = c.Initiator, ["code"] = c.Code, ["reason"] = c.Reason, ["timestamp"] = c.Timestamp.ToString("O") });
            }
        }
        return new JsonObject { ["connections"] = connections, ["frames"] = frames, ["closes"] = closes, ["requests"] = requests };
    }
}

/// <summary>A recorded frame; the text of an outgoing one is decoded from its bytes on first use.</summary>
internal sealed class FrameEntry
{
    private readonly string _direction;
    private readonly string _connectionId;
    private readonly int? _shard;
    private readonly int? _op;
    private readonly string? _eventName;
    private readonly long? _sequence;
    private readonly byte[]? _utf8;
    private readonly DateTimeOffset _timestamp;
    private RecordedFrame? _record;

    public FrameEntry(RecordedFrame record)
    {
        _record = record;
        _direction = record.Direction;
        _connectionId = record.ConnectionId;
    }

    public FrameEntry(string direction, string connectionId, int? shard, int? op, string? eventName, long? sequence, byte[] utf8, DateTimeOffset timestamp)
    {
        _direction = direction;
        _connectionId = connectionId;
        _shard = shard;
        _op = op;
        _eventName = eventName;
        _sequence = sequence;
        _utf8 = utf8;
        _timestamp = timestamp;
    }

    public RecordedFrame Record => _record ??= new RecordedFrame(_direction, _connectionId, _shard, _op, _eventName, _sequence,
        System.Text.Encoding.UTF8.GetString(_utf8!), _timestamp);
}
