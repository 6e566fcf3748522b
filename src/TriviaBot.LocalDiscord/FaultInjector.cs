using System.Globalization;
using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord;

/// <summary>A scripted REST failure for the next <see cref="Count"/> requests whose path matches <see cref="Route"/>.</summary>
/// <param name="Route">"*" or a path pattern under /api/v10 where "*" matches any run of characters, e.g. "/channels/*/messages".</param>
/// <param name="Status">429, 5xx, or 0 for "delay only".</param>
/// <param name="Scope">For 429: "user", "shared" or "global".</param>
/// <param name="Html">For 429: an HTML (Cloudflare-style) body and no rate-limit headers.</param>
public sealed record RestFaultSpec(string Route, int Status, string? Scope = "user", double RetryAfter = 1.0, bool Html = false, TimeSpan Delay = default, int Count = 1, string? Method = null);

/// <summary>Injects gateway and REST faults. Gateway faults act on every live connection, or only those of one shard.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(RestFaultSpec Spec, int Remaining)> _rest = [];
    private readonly GatewayHub _gateway;
    private TimeSpan _slow;

    internal FaultInjector(GatewayHub gateway) => _gateway = gateway;

    /// <summary>Closes the connections with this close code (4000–4014, 1000, 1001, …). Returns the number affected.</summary>
    public int Close(int code, int? shard = null, string? reason = null)
    {
        var conns = _gateway.Connections(shard);
        foreach (var c in conns)
        {
            if (code == 4009 && c.Session is { } s)
            {
                _gateway.Invalidate(s);
            }
            c.Close(code, reason ?? $"Injected close {code}");
        }
        return conns.Count;
    }

    /// <summary>Stops heartbeat ACKs while keeping the socket open (until that connection ends).</summary>
    public int Zombie(int? shard = null) => ForEach(shard, c => c.Zombie = true);

    /// <summary>Sends op 7 Reconnect.</summary>
    public int Reconnect(int? shard = null) => ForEach(shard, c => GatewayHub.Send(c, 7, null));

    /// <summary>Sends op 9 Invalid Session; non-resumable also forgets the session.</summary>
    public int InvalidSession(bool resumable, int? shard = null) => ForEach(shard, c =>
    {
        if (!resumable && c.Session is { } s)
        {
            _gateway.Invalidate(s);
        }
        GatewayHub.Send(c, 9, JsonValue.Create(resumable));
    });

    /// <summary>Sends op 1: the client must heartbeat immediately.</summary>
    public int RequestHeartbeat(int? shard = null) => ForEach(shard, c => GatewayHub.Send(c, 1, null));

    /// <summary>Aborts the TCP connection without a close frame (client sees 1006).</summary>
    public int DropTcp(int? shard = null) => ForEach(shard, c => c.Abort());

    /// <summary>The next dispatch (any session) is sent twice, same sequence number.</summary>
    public void DuplicateNextDispatch() => _gateway.DuplicateNextDispatch();

    /// <summary>Re-sends the already-sent dispatch with this sequence number.</summary>
    public int ReplayDispatch(long seq, int? shard = null) => _gateway.ReplayDispatch(seq, shard);

    public void RestFault(RestFaultSpec spec)
    {
        lock (_gate)
        {
            _rest.Add((spec, Math.Max(1, spec.Count)));
        }
    }

    /// <summary>Delays every REST response by <paramref name="delay"/> (zero turns it off).</summary>
    public void SlowResponses(TimeSpan delay)
    {
        lock (_gate)
        {
            _slow = delay;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rest.Clear();
            _slow = TimeSpan.Zero;
        }
    }

    internal TimeSpan Slow
    {
        get
        {
            lock (_gate)
            {
                return _slow;
            }
        }
    }

    internal bool HasRestFaults
    {
        get
        {
            lock (_gate)
            {
                return _rest.Count > 0;
            }
        }
    }

    internal RestFaultSpec? TakeRestFault(string method, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rest.Count; i++)
            {
                var (spec, remaining) = _rest[i];
                if ((spec.Method is null || string.Equals(spec.Method, method, StringComparison.OrdinalIgnoreCase)) && Matches(spec.Route, path))
                {
                    if (remaining <= 1)
                    {
                        _rest.RemoveAt(i);
                    }
                    else
                    {
                        _rest[i] = (spec, remaining - 1);
                    }
                    return spec;
                }
            }
            return null;
        }
    }

    internal static bool Matches(string pattern, string path)
    {
        if (pattern == "*")
        {
            return true;
        }
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, path, StringComparison.Ordinal);
        }
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }
        var pos = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var idx = path.IndexOf(parts[i], pos, StringComparison.Ordinal);
            if (idx < 0)
            {
                return false;
            }
            pos = idx + parts[i].Length;
        }
        return path.Length - pos >= parts[^1].Length && path.EndsWith(parts[^1], StringComparison.Ordinal);
    }

    private int ForEach(int? shard, Action<GatewayConnection> action)
    {
        var conns = _gateway.Connections(shard);
        foreach (var c in conns)
        {
            action(c);
        }
        return conns.Count;
    }

    /// <summary>Applies a fault described as JSON (POST /_local/faults): {"kind": "close"|"zombie"|"reconnect"|"invalid-session"|
    /// "heartbeat-request"|"drop-tcp"|"duplicate-next-dispatch"|"replay-dispatch"|"rest"|"slow"|"clear", …}.</summary>
    public JsonObject Apply(JsonObject fault)
    {
        var kind = (Validation.Str(fault["kind"]) ?? "").ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal);
        var shard = Validation.Int(fault["shard"]);
        int? affected = kind switch
        {
            "close" => Close(Validation.Int(fault["code"]) ?? 4000, shard, Validation.Str(fault["reason"])),
            "zombie" => Zombie(shard),
            "reconnect" => Reconnect(shard),
            "invalid-session" or "invalidsession" => InvalidSession(fault["resumable"] is JsonValue v && v.TryGetValue<bool>(out var b) && b, shard),
            "heartbeat-request" or "heartbeat" => RequestHeartbeat(shard),
            "drop-tcp" or "droptcp" => DropTcp(shard),
            "replay-dispatch" or "replaydispatch" => ReplayDispatch(fault["seq"] is JsonValue sv && sv.TryGetValue<long>(out var s) ? s : 0, shard),
            _ => null,
        };
        switch (kind)
        {
            case "duplicate-next-dispatch" or "duplicatenextdispatch":
                DuplicateNextDispatch();
                break;
            case "rest":
                RestFault(new RestFaultSpec(
                    Validation.Str(fault["route"]) ?? "*",
                    Validation.Int(fault["status"]) ?? 0,
                    Validation.Str(fault["scope"]) ?? "user",
                    fault["retry_after"] is JsonValue ra && ra.TryGetValue<double>(out var r) ? r : 1.0,
                    fault["html"] is JsonValue hv && hv.TryGetValue<bool>(out var h) && h,
                    TimeSpan.FromMilliseconds(Validation.Int(fault["delay_ms"]) ?? 0),
                    Validation.Int(fault["count"]) ?? 1,
                    Validation.Str(fault["method"])));
                break;
            case "slow":
                SlowResponses(TimeSpan.FromMilliseconds(Validation.Int(fault["delay_ms"]) ?? 0));
                break;
            case "clear":
                Clear();
                break;
            default:
                if (affected is null)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"unknown fault kind '{kind}'"), nameof(fault));
                }
                break;
        }
        return new JsonObject { ["ok"] = true, ["kind"] = kind, ["affected"] = affected };
    }
}
