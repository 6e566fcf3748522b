using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TriviaBot.LocalDiscord;

internal sealed record RestResult(int Status, JsonNode? Body = null, string? Raw = null, string ContentType = "application/json")
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs once the request is in the recording: whoever waits on its effect (a simulated user waiting for the
    /// bot's callback) then finds it recorded too.</summary>
    public Action? AfterRecorded { get; init; }

    public static RestResult Error(int status, int code, string message) => new(status, new JsonObject { ["message"] = message, ["code"] = code });
    public static RestResult Json(JsonNode body, int status = 200) => new(status, body);
    public static readonly RestResult NoContent = new(204);
}

internal sealed record RouteInfo(string Key, string BucketName, string Major, bool Exempt, bool RequiresAuth, int Limit);

/// <summary>REST v10: auth, User-Agent and Content-Type checks, per-route buckets, faults, and the routes the bot uses.</summary>
internal sealed class RestApi(LocalDiscordServer server, LocalDiscordOptions options, LocalDiscordRecorder recorder, FaultInjector faults)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Hash, string Major), (long Start, int Count)> _buckets = [];
    private (long Start, int Count) _global;
    private long _lastBucketSweep;
    private World World => server.World;
    private TimeProvider Time => options.Time;

    public async Task HandleAsync(HttpContext context, string path)
    {
        var request = context.Request;
        string body;
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            if (read.IsCompleted || read.IsCanceled)
            {
                body = Encoding.UTF8.GetString(read.Buffer);
                reader.AdvanceTo(read.Buffer.End);
                break;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        RestResult result;
        try
        {
            result = await ProcessAsync(context, request.Method, path, body).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            result = RestResult.Error(500, 0, "500: Internal Server Error");
        }
        var response = context.Response;
        response.StatusCode = result.Status;
        foreach (var (k, v) in result.Headers)
        {
            response.Headers[k] = v;
        }
        var text = result.Raw ?? result.Body?.ToJsonString();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in request.Headers)
        {
            headers[k] = string.Equals(k, "Authorization", StringComparison.OrdinalIgnoreCase) ? "[redacted]" : v.ToString();
        }
        recorder.Add(new RecordedRequest(request.Method, path + request.QueryString.Value, headers, body, result.Status, Time.GetUtcNow()));
        result.AfterRecorded?.Invoke();
        if (text is not null && result.Status != 204)
        {
            response.ContentType = result.ContentType;
            await response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static RouteInfo Route(string method, string[] s, LocalDiscordOptions o)
    {
        var d = o.DefaultBucketLimit;
        return s switch
        {
            ["channels", var c, "messages"] when method == "POST" => new("POST /channels/{id}/messages", "message-create", "channels/" + c, false, true, o.MessageCreateLimit),
            ["channels", var c, "messages"] => new($"{method} /channels/{{id}}/messages", "message-read", "channels/" + c, false, true, d),
            ["channels", var c, "messages", _] when method is "PATCH" or "DELETE" => new($"{method} /channels/{{id}}/messages/{{mid}}", "message-modify", "channels/" + c, false, true, d),
            ["channels", var c, ..] => new($"{method} /channels/{{id}}/…", "channel-" + method, "channels/" + c, false, true, d),
            ["interactions", var id, var token, "callback"] => new("POST /interactions/{id}/{token}/callback", "interaction-callback", $"interactions/{id}/{token}", true, false, d),
            ["webhooks", var app, var token, ..] => new($"{method} /webhooks/{{id}}/{{token}}/…", "webhook-" + method, $"webhooks/{app}/{token}", true, false, d),
            ["applications", _, "guilds", var g, ..] => new($"{method} /applications/{{app}}/guilds/{{id}}/commands", "commands-" + method, "guilds/" + g, false, true, d),
            _ => new($"{method} /{string.Join('/', s)}", "route-" + method + "/" + string.Join('/', s), "", false, true, d),
        };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Hashes = new(StringComparer.Ordinal);

    // Bucket names are a small fixed set (plus one per unknown route), so the hashes are computed once each.
    private static string Hash(string name) => Hashes.Count < 10_000
        ? Hashes.GetOrAdd(name, static n => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(n)))[..32])
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..32];

    private async Task<RestResult> ProcessAsync(HttpContext context, string method, string path, string body)
    {
        var request = context.Request;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var route = Route(method, segments, options);
        if (string.IsNullOrWhiteSpace(request.Headers.UserAgent.ToString()))
        {
            return RestResult.Error(400, 0, "400: Bad Request (a User-Agent header is required)");
        }
        if (route.RequiresAuth && !string.Equals(request.Headers.Authorization.ToString(), "Bot " + server.Token, StringComparison.Ordinal))
        {
            return RestResult.Error(401, 0, "401: Unauthorized");
        }
        var slow = faults.Slow;
        if (slow > TimeSpan.Zero)
        {
            await Task.Delay(slow, Time, context.RequestAborted).ConfigureAwait(false);
        }
        var fault = faults.HasRestFaults ? faults.TakeRestFault(method, "/" + string.Join('/', segments)) : null;
        if (fault is not null && fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, Time, context.RequestAborted).ConfigureAwait(false);
        }
        if (fault is { Status: 429, Html: true })
        {
            return new RestResult(429, null, "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body><h1>Error 1015</h1><p>You are being rate limited.</p></body></html>", "text/html");
        }
        if (fault is { Status: >= 500 })
        {
            return fault.Status == 500
                ? RestResult.Error(500, 0, "500: Internal Server Error")
                : new RestResult(fault.Status, null, $"<html><body><h1>{fault.Status} Bad Gateway</h1></body></html>", "text/html");
        }

        var now = Time.GetTimestamp();
        if (!route.Exempt)
        {
            lock (_gate)
            {
                if (Time.GetElapsedTime(_global.Start, now) >= TimeSpan.FromSeconds(1))
                {
                    _global = (now, 0);
                }
                _global.Count++;
                if (_global.Count > options.GlobalRateLimit || fault is { Status: 429, Scope: "global" })
                {
                    var retry = fault is { Status: 429 } ? fault.RetryAfter : Math.Max(0.001, 1 - Time.GetElapsedTime(_global.Start, now).TotalSeconds);
                    var r = RateLimited(retry, true, "global");
                    r.Headers["X-RateLimit-Global"] = "true";
                    return r;
                }
            }
        }
        else if (fault is { Status: 429, Scope: "global" })
        {
            var r = RateLimited(fault.RetryAfter, true, "global");
            r.Headers["X-RateLimit-Global"] = "true";
            return r;
        }

        var bucketHash = Hash(route.BucketName);
        var key = (bucketHash, route.Major);
        int remaining;
        TimeSpan resetAfter;
        bool exceeded;
        lock (_gate)
        {
            if (!_buckets.TryGetValue(key, out var b) || Time.GetElapsedTime(b.Start, now) >= options.RateLimitWindow)
            {
                b = (now, 0);
            }
            exceeded = b.Count >= route.Limit;
            if (!exceeded)
            {
                b.Count++;
            }
            _buckets[key] = b;
            if (_buckets.Count > 4096 && Time.GetElapsedTime(_lastBucketSweep, now) >= options.RateLimitWindow)
            {
                // Interaction callback and webhook buckets are one per interaction: forget windows that have ended,
                // which is exactly what a fresh entry would say.
                _lastBucketSweep = now;
                foreach (var (k, v) in _buckets)
                {
                    if (Time.GetElapsedTime(v.Start, now) >= options.RateLimitWindow)
                    {
                        _buckets.Remove(k);
                    }
                }
            }
            remaining = route.Limit - b.Count;
            resetAfter = options.RateLimitWindow - Time.GetElapsedTime(b.Start, now);
        }
        RestResult result;
        if (exceeded)
        {
            result = RateLimited(resetAfter.TotalSeconds, false, "user");
        }
        else if (fault is { Status: 429 })
        {
            result = RateLimited(fault.RetryAfter, false, fault.Scope ?? "user");
            remaining = 0;
        }
        else
        {
            result = Handle(context, method, segments, body, route);
        }
        var resetAt = Time.GetUtcNow() + resetAfter + options.RateLimitResetSkew;
        result.Headers["X-RateLimit-Limit"] = route.Limit.ToString(CultureInfo.InvariantCulture);
        result.Headers["X-RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        result.Headers["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        result.Headers["X-RateLimit-Reset-After"] = Math.Max(0, resetAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
        result.Headers["X-RateLimit-Bucket"] = bucketHash;
        return result;
    }

    private static RestResult RateLimited(double retryAfter, bool global, string scope)
    {
        var r = new RestResult(429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Math.Round(retryAfter, 3), ["global"] = global });
        r.Headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        r.Headers["X-RateLimit-Scope"] = scope;
        return r;
    }

    private RestResult Handle(HttpContext context, string method, string[] s, string body, RouteInfo route)
    {
        JsonNode? json = null;
        if (method is "POST" or "PUT" or "PATCH" && body.Length > 0)
        {
            var contentType = context.Request.ContentType ?? "";
            if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                var tree = new ErrorTree();
                tree.Add("CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json'}.");
                return RestResult.Json(tree.ToBody(), 400);
            }
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                return RestResult.Error(400, 50109, "The request body contains invalid JSON.");
            }
        }
        _ = route;
        return (method, s) switch
        {
            ("GET", ["gateway"]) => RestResult.Json(new JsonObject { ["url"] = GatewayBase() }),
            ("GET", ["gateway", "bot"]) => RestResult.Json(new JsonObject
            {
                ["url"] = GatewayBase(),
                ["shards"] = options.RecommendedShards,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = options.SessionStartTotal, ["remaining"] = server.Gateway.SessionStartRemaining,
                    ["reset_after"] = 86_400_000, ["max_concurrency"] = options.MaxConcurrency,
                },
            }),
            ("GET", ["users", "@me"]) => RestResult.Json(World.BotUserJson()),
            ("GET", ["applications", "@me"]) => RestResult.Json(new JsonObject
            {
                ["id"] = server.ApplicationId, ["name"] = World.BotUsername, ["verify_key"] = server.PublicKeyHex, ["bot"] = World.BotUserJson(), ["flags"] = 565248,
                ["interactions_endpoint_url"] = options.InteractionsEndpointUrl?.ToString(),
            }),
            ("GET", ["channels", var c]) => World.ResolveChannel(c) is { } ch && ch.Id == c ? RestResult.Json(World.ChannelJson(ch)) : RestResult.Error(404, 10003, "Unknown Channel"),
            ("POST", ["channels", var c, "messages"]) => CreateMessage(c, json),
            ("GET", ["channels", var c, "messages"]) => ListMessages(context, c),
            ("GET", ["channels", var c, "messages", var m]) => World.GetMessage(c, m) is { } msg ? RestResult.Json(msg) : UnknownMessageOrChannel(c),
            ("PATCH", ["channels", var c, "messages", var m]) => EditMessage(c, m, json),
            ("DELETE", ["channels", var c, "messages", var m]) => World.DeleteMessage(c, m) ? RestResult.NoContent : UnknownMessageOrChannel(c),
            ("POST", ["interactions", var id, var token, "callback"]) => Callback(context, id, token, json),
            ("POST", ["webhooks", var app, var token]) => Followup(app, token, json),
            (_, ["webhooks", var app, var token, "messages", var m]) => WebhookMessage(method, app, token, m, json),
            ("GET", ["applications", var app, "commands"]) => app == server.ApplicationId ? RestResult.Json(new JsonArray([.. World.Commands(null)])) : MissingAccess(),
            ("PUT", ["applications", var app, "commands"]) => OverwriteCommands(app, null, json),
            ("GET", ["applications", var app, "guilds", var g, "commands"]) => app != server.ApplicationId ? MissingAccess()
                : World.Guilds.Exists(x => x.Id == g) ? RestResult.Json(new JsonArray([.. World.Commands(g)])) : RestResult.Error(404, 10004, "Unknown Guild"),
            ("PUT", ["applications", var app, "guilds", var g, "commands"]) => World.Guilds.Exists(x => x.Id == g) ? OverwriteCommands(app, g, json) : RestResult.Error(404, 10004, "Unknown Guild"),
            _ => RestResult.Error(404, 0, "404: Not Found"),
        };
    }

    private string GatewayBase() => server.GatewayUrl.ToString().TrimEnd('/');

    private static RestResult MissingAccess() => RestResult.Error(403, 50001, "Missing Access");

    private RestResult UnknownMessageOrChannel(string channelId) =>
        World.ChannelExists(channelId) ? RestResult.Error(404, 10008, "Unknown Message") : RestResult.Error(404, 10003, "Unknown Channel");

    private static RestResult? RequireObject(JsonNode? json, out JsonObject obj)
    {
        obj = json as JsonObject ?? [];
        if (json is JsonObject)
        {
            return null;
        }
        var tree = new ErrorTree();
        tree.Add("MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
        return RestResult.Json(tree.ToBody(), 400);
    }

    private RestResult CreateMessage(string channelId, JsonNode? json)
    {
        if (!World.ChannelExists(channelId))
        {
            return RestResult.Error(404, 10003, "Unknown Channel");
        }
        if (RequireObject(json, out var body) is { } bad)
        {
            return bad;
        }
        var errors = new ErrorTree();
        Validation.Message(body, errors, requireContent: true, []);
        string? nonce = null;
        if (body["nonce"] is JsonValue nv)
        {
            if (nv.TryGetValue<string>(out var ns))
            {
                nonce = ns;
                if (ns.Length > 25)
                {
                    errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", "nonce");
                }
            }
            else if (nv.TryGetValue<long>(out var nl))
            {
                nonce = nl.ToString(CultureInfo.InvariantCulture);
            }
        }
        if (errors.HasErrors)
        {
            return RestResult.Json(errors.ToBody(), 400);
        }
        var enforce = body["enforce_nonce"] is JsonValue ev && ev.TryGetValue<bool>(out var e) && e;
        if (enforce && nonce is not null && World.TryNonce(channelId, nonce, options.NonceWindow) is { } existing)
        {
            return RestResult.Json(existing);
        }
        var message = World.CreateMessage(channelId, body);
        if (enforce && nonce is not null)
        {
            World.RememberNonce(channelId, nonce, Validation.Str(message["id"])!);
        }
        return RestResult.Json(message);
    }

    private RestResult ListMessages(HttpContext context, string channelId)
    {
        if (!World.ChannelExists(channelId))
        {
            return RestResult.Error(404, 10003, "Unknown Channel");
        }
        var limit = int.TryParse(context.Request.Query["limit"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 100) : 50;
        return RestResult.Json(new JsonArray([.. World.ListMessages(channelId, limit)]));
    }

    private RestResult EditMessage(string channelId, string messageId, JsonNode? json)
    {
        if (RequireObject(json, out var body) is { } bad)
        {
            return bad;
        }
        var errors = new ErrorTree();
        Validation.Message(body, errors, requireContent: false, []);
        if (errors.HasErrors)
        {
            return RestResult.Json(errors.ToBody(), 400);
        }
        return World.EditMessage(channelId, messageId, body) is { } m ? RestResult.Json(m) : UnknownMessageOrChannel(channelId);
    }

    private RestResult OverwriteCommands(string app, string? guildId, JsonNode? json)
    {
        if (app != server.ApplicationId)
        {
            return MissingAccess();
        }
        if (json is not JsonArray commands)
        {
            var tree = new ErrorTree();
            tree.Add("LIST_TYPE_CONVERT", "Must be an array.");
            return RestResult.Json(tree.ToBody(), 400);
        }
        var errors = new ErrorTree();
        Validation.Commands(commands, errors);
        if (errors.HasErrors)
        {
            return RestResult.Json(errors.ToBody(), 400);
        }
        return RestResult.Json(new JsonArray([.. World.OverwriteCommands(guildId, commands)]));
    }

    private RestResult Callback(HttpContext context, string id, string token, JsonNode? json)
    {
        var pi = World.InteractionById(id);
        if (pi is null || !string.Equals(pi.Token, token, StringComparison.Ordinal))
        {
            return RestResult.Error(404, 10062, "Unknown interaction");
        }
        if (RequireObject(json, out var body) is { } bad)
        {
            return bad;
        }
        var result = server.ApplyCallback(pi, body);
        if (result.Status == 204 && string.Equals(context.Request.Query["with_response"].ToString(), "true", StringComparison.OrdinalIgnoreCase))
        {
            var resource = new JsonObject { ["type"] = Validation.Int(body["type"]) };
            if (pi.OriginalMessageId is { } mid && World.GetMessage(pi.ChannelId, mid) is { } msg)
            {
                resource["message"] = msg;
            }
            return new RestResult(200, new JsonObject
            {
                ["interaction"] = new JsonObject { ["id"] = pi.Id, ["type"] = pi.Type, ["response_message_id"] = pi.OriginalMessageId, ["response_message_loading"] = Validation.Int(body["type"]) == 5, ["response_message_ephemeral"] = false },
                ["resource"] = resource,
            })
            { AfterRecorded = result.AfterRecorded };
        }
        return result;
    }

    private PendingInteraction? WebhookInteraction(string app, string token)
    {
        var pi = World.InteractionByToken(token);
        return app == server.ApplicationId && pi is not null && pi.Response is not null && Time.GetElapsedTime(pi.SentAt) < options.InteractionTokenLifetime ? pi : null;
    }

    private RestResult Followup(string app, string token, JsonNode? json)
    {
        if (WebhookInteraction(app, token) is not { } pi)
        {
            return RestResult.Error(404, 10015, "Unknown Webhook");
        }
        if (RequireObject(json, out var body) is { } bad)
        {
            return bad;
        }
        var errors = new ErrorTree();
        Validation.Message(body, errors, requireContent: true, []);
        if (errors.HasErrors)
        {
            return RestResult.Json(errors.ToBody(), 400);
        }
        // A followup to a deferred response becomes the original response, as on Discord.
        if (pi.OriginalMessageId is { } original && World.GetMessage(pi.ChannelId, original) is { } m && ((Validation.Int(m["flags"]) ?? 0) & 128) != 0)
        {
            return RestResult.Json(World.EditMessage(pi.ChannelId, original, body)!);
        }
        return RestResult.Json(World.CreateMessage(pi.ChannelId, body, pi.Type == 2 ? 20 : 0, pi));
    }

    private RestResult WebhookMessage(string method, string app, string token, string messageId, JsonNode? json)
    {
        if (WebhookInteraction(app, token) is not { } pi)
        {
            return RestResult.Error(404, 10015, "Unknown Webhook");
        }
        var id = messageId == "@original" ? pi.OriginalMessageId : messageId;
        if (id is null)
        {
            return RestResult.Error(404, 10008, "Unknown Message");
        }
        switch (method)
        {
            case "GET":
                return World.GetMessage(pi.ChannelId, id) is { } m ? RestResult.Json(m) : RestResult.Error(404, 10008, "Unknown Message");
            case "DELETE":
                return World.DeleteMessage(pi.ChannelId, id) ? RestResult.NoContent : RestResult.Error(404, 10008, "Unknown Message");
            case "PATCH":
                if (RequireObject(json, out var body) is { } bad)
                {
                    return bad;
                }
                var errors = new ErrorTree();
                Validation.Message(body, errors, requireContent: false, []);
                if (errors.HasErrors)
                {
                    return RestResult.Json(errors.ToBody(), 400);
                }
                return World.EditMessage(pi.ChannelId, id, body) is { } edited ? RestResult.Json(edited) : RestResult.Error(404, 10008, "Unknown Message");
            default:
                return RestResult.Error(405, 0, "405: Method Not Allowed");
        }
    }
}
