using System.Buffers;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TriviaBot.LocalDiscord;

/// <summary>What happened to a simulated user's interaction.</summary>
/// <param name="Status">"responded" or "timed-out".</param>
/// <param name="Response">The bot's callback body, when it responded.</param>
public sealed record InteractionOutcome(string Status, JsonObject? Response, string InteractionId, string InteractionToken);

/// <summary>A Discord-faithful local server: WebSocket gateway, REST v10, interactions, fault injection, recording.</summary>
public sealed class LocalDiscordServer : IAsyncDisposable
{
    private const string DefaultMemberPermissions = "1071698660929"; // a plain member: no MANAGE_GUILD (32), no ADMINISTRATOR (8)
    private readonly LocalDiscordOptions _options;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Ed25519Signer _signer = Ed25519Signer.Create();
    private readonly HttpClient _endpointClient = new();
    private readonly RestApi _rest;
    private int _disposed;

    private LocalDiscordServer(LocalDiscordOptions options)
    {
        _options = options;
        Token = options.Token ?? $"{Convert.ToBase64String(Encoding.ASCII.GetBytes(World.BotUserId)).TrimEnd('=')}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(19))}";
        World = new World(new SnowflakeGenerator(options.Time), options.Time, options.ExtraChannels);
        Recorder = new LocalDiscordRecorder(Token, options.RecordingLimit);
        Gateway = new GatewayHub(this, options, Recorder);
        Faults = new FaultInjector(Gateway);
        _rest = new RestApi(this, options, Recorder, Faults);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 8 * 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        _app.Run(HandleAsync);
    }

    internal World World { get; }
    internal GatewayHub Gateway { get; }

    public Uri RestBaseUrl { get; private set; } = null!;
    public Uri GatewayUrl { get; private set; } = null!;
    /// <summary>Where READY's resume_gateway_url points: a different path from <see cref="GatewayUrl"/>.</summary>
    public Uri ResumeGatewayUrl { get; private set; } = null!;
    public string Token { get; }
    public string ApplicationId => World.BotUserId;
    public string GuildId => World.Guilds[0].Id;
    /// <summary>The #trivia channel.</summary>
    public string ChannelId => World.Channels[1].Id;
    public string BotUserId => World.BotUserId;
    public string PublicKeyHex => _signer.PublicKeyHex;
    public LocalDiscordRecorder Recorder { get; }
    public FaultInjector Faults { get; }
    /// <summary>Seeded channels by name: general, trivia, random.</summary>
    public IReadOnlyDictionary<string, string> Channels => World.Channels.ToDictionary(c => c.Name, c => c.Id);
    /// <summary>Seeded users by username: alice, bob, carol, user-1 … user-100.</summary>
    public IReadOnlyDictionary<string, string> Users => World.Users.ToDictionary(u => u.Username, u => u.Id);

    public static async Task<LocalDiscordServer> StartAsync(LocalDiscordOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var server = new LocalDiscordServer(options);
        try
        {
            await server._app.StartAsync(ct).ConfigureAwait(false);
            var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(address).Port;
            server.RestBaseUrl = new Uri($"http://127.0.0.1:{port}/api/v10");
            server.GatewayUrl = new Uri($"ws://127.0.0.1:{port}/gateway");
            server.ResumeGatewayUrl = new Uri($"ws://127.0.0.1:{port}/gateway-resume");
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public string DescribeLine() =>
        $"rest={RestBaseUrl} gateway={GatewayUrl} token={Token} application={ApplicationId} guild={GuildId} channel={ChannelId}";

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var method = context.Request.Method;
        try
        {
            if (path is "/gateway" or "/gateway-resume")
            {
                await Gateway.HandleAsync(context, _stopping.Token).ConfigureAwait(false);
            }
            else if (path.StartsWith("/api/v10/", StringComparison.Ordinal))
            {
                await _rest.HandleAsync(context, path["/api/v10".Length..]).ConfigureAwait(false);
            }
            else if (path.StartsWith("/_local/", StringComparison.Ordinal))
            {
                await ControlAsync(context, path).ConfigureAwait(false);
            }
            else if (method is "GET" && PlaygroundRoutes.IsPage(path))
            {
                await PlaygroundRoutes.ServePageAsync(context, path).ConfigureAwait(false);
            }
            else
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsJsonAsync(new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Client went away or the server is stopping.
        }
    }

    private async Task ControlAsync(HttpContext context, string path)
    {
        var method = context.Request.Method;
        JsonNode? body = null;
        if (method == "POST")
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                await WriteJson(context, 400, new JsonObject { ["error"] = "invalid JSON" }).ConfigureAwait(false);
                return;
            }
        }
        var segments = path.Trim('/').Split('/');
        try
        {
            switch (method, segments)
            {
                case ("POST", ["_local", "interactions"]) when body is JsonObject o:
                    var outcome = await ControlInteractionAsync(o, context.RequestAborted).ConfigureAwait(false);
                    await WriteJson(context, 200, new JsonObject
                    {
                        ["status"] = outcome.Status, ["response"] = outcome.Response?.DeepClone(), ["interaction_id"] = outcome.InteractionId,
                    }).ConfigureAwait(false);
                    return;
                case ("GET", ["_local", "channels", var c, "messages"]):
                    var channel = World.ResolveChannel(c);
                    await WriteJson(context, channel is null ? 404 : 200, channel is null ? new JsonObject { ["error"] = "unknown channel" } : new JsonArray([.. GetMessages(channel.Id)])).ConfigureAwait(false);
                    return;
                case ("POST", ["_local", "faults"]) when body is JsonObject f:
                    await WriteJson(context, 200, Faults.Apply(f)).ConfigureAwait(false);
                    return;
                case ("POST", ["_local", "dispatch"]) when body is JsonObject d:
                    await DispatchAsync(Validation.Str(d["t"]) ?? "", d["d"] as JsonObject ?? [], Validation.Str(d["guild_id"])).ConfigureAwait(false);
                    await WriteJson(context, 200, new JsonObject { ["ok"] = true }).ConfigureAwait(false);
                    return;
                case ("GET", ["_local", "events"]):
                    await PlaygroundRoutes.EventsAsync(World, context, _stopping.Token).ConfigureAwait(false);
                    return;
                case ("GET", ["_local", "commands"]):
                    await WriteJson(context, 200, PlaygroundRoutes.Commands(World)).ConfigureAwait(false);
                    return;
                case ("GET", ["_local", "world"]):
                    await WriteJson(context, 200, PlaygroundRoutes.WorldJson(World, ChannelId)).ConfigureAwait(false);
                    return;
                case ("GET", ["_local", "recording"]):
                    await WriteJson(context, 200, Recorder.ToJson()).ConfigureAwait(false);
                    return;
                case ("GET", ["_local", "info"]):
                    await WriteJson(context, 200, new JsonObject
                    {
                        ["rest"] = RestBaseUrl.ToString(), ["gateway"] = GatewayUrl.ToString(), ["application"] = ApplicationId, ["guild"] = GuildId,
                        ["channel"] = ChannelId, ["public_key"] = PublicKeyHex,
                        ["channels"] = new JsonObject(World.Channels.Select(ch => KeyValuePair.Create(ch.Name, (JsonNode?)JsonValue.Create(ch.Id)))),
                    }).ConfigureAwait(false);
                    return;
                default:
                    await WriteJson(context, 404, new JsonObject { ["error"] = "unknown control route or body" }).ConfigureAwait(false);
                    return;
            }
        }
        catch (ArgumentException e)
        {
            await WriteJson(context, 400, new JsonObject { ["error"] = e.Message }).ConfigureAwait(false);
        }
    }

    private Task<InteractionOutcome> ControlInteractionAsync(JsonObject o, CancellationToken ct)
    {
        var user = Validation.Str(o["user"]) ?? throw new ArgumentException("\"user\" is required");
        if (Validation.Str(o["message"]) is { } messageId)
        {
            return ClickButtonAsync(user, messageId, Validation.Str(o["customId"]) ?? Validation.Str(o["custom_id"]) ?? throw new ArgumentException("\"customId\" is required"), ct);
        }
        var channel = Validation.Str(o["channel"]) ?? ChannelId;
        if (o["fields"] is JsonObject fields)
        {
            var dict = fields.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "");
            return SubmitModalAsync(user, channel, Validation.Str(o["customId"]) ?? Validation.Str(o["custom_id"]) ?? "", dict, ct);
        }
        var command = Validation.Str(o["command"]) ?? throw new ArgumentException("\"command\" or \"message\" is required");
        var options = o["options"] switch
        {
            JsonObject obj => (JsonObject)obj.DeepClone(),
            JsonArray arr => new JsonObject { ["$array"] = arr.DeepClone() },
            _ => null,
        };
        if (o["autocomplete"] is JsonValue ac && ac.TryGetValue<bool>(out var isAc) && isAc)
        {
            return AutocompleteAsync(user, channel, command, options ?? [], ct);
        }
        return InvokeCommandAsync(user, channel, command, options, Validation.Str(o["permissions"]), ct);
    }

    private static async Task WriteJson(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    // ---- simulated users -------------------------------------------------------------------------------

    public Task<InteractionOutcome> InvokeCommandAsync(string userId, string channelId, string command, JsonObject? options = null, string? permissions = null, CancellationToken ct = default)
    {
        var channel = World.ResolveChannel(channelId) ?? throw new ArgumentException($"unknown channel '{channelId}'", nameof(channelId));
        var registered = World.FindCommand(command, channel.GuildId);
        var data = new JsonObject
        {
            ["id"] = registered?["id"]?.DeepClone() ?? World.NewId(), ["name"] = command, ["type"] = 1,
        };
        if (registered?["guild_id"] is JsonNode gid)
        {
            data["guild_id"] = gid.DeepClone();
        }
        var opts = BuildOptions(options, registered?["options"] as JsonArray, focusedName: null);
        if (opts is not null)
        {
            data["options"] = opts;
        }
        return DeliverAsync(2, userId, channel, data, null, permissions, command, ct);
    }

    public Task<InteractionOutcome> AutocompleteAsync(string userId, string channelId, string command, JsonObject options, CancellationToken ct = default)
    {
        var channel = World.ResolveChannel(channelId) ?? throw new ArgumentException($"unknown channel '{channelId}'", nameof(channelId));
        var registered = World.FindCommand(command, channel.GuildId);
        var data = new JsonObject { ["id"] = registered?["id"]?.DeepClone() ?? World.NewId(), ["name"] = command, ["type"] = 1 };
        var focused = Validation.Str(options["$focused"]) ?? options.Select(kv => kv.Key).LastOrDefault(k => k != "$array");
        var opts = BuildOptions(options, registered?["options"] as JsonArray, focused) ?? [];
        data["options"] = opts;
        return DeliverAsync(4, userId, channel, data, null, null, command, ct);
    }

    public Task<InteractionOutcome> ClickButtonAsync(string userId, string messageId, string customId, CancellationToken ct = default)
    {
        var message = World.FindMessageAnywhere(messageId) ?? throw new ArgumentException($"unknown message '{messageId}'", nameof(messageId));
        var channel = World.ResolveChannel(Validation.Str(message["channel_id"])!) ?? throw new ArgumentException("message channel unknown", nameof(messageId));
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        return DeliverAsync(3, userId, channel, data, message, null, null, ct);
    }

    public Task<InteractionOutcome> SubmitModalAsync(string userId, string channelId, string customId, IReadOnlyDictionary<string, string> fields, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var channel = World.ResolveChannel(channelId) ?? throw new ArgumentException($"unknown channel '{channelId}'", nameof(channelId));
        var rows = new JsonArray();
        foreach (var (id, value) in fields)
        {
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = id, ["value"] = value }) });
        }
        var data = new JsonObject { ["custom_id"] = customId, ["components"] = rows };
        return DeliverAsync(5, userId, channel, data, null, null, null, ct);
    }

    /// <summary>Options as Discord sends them: from a name→value object (typed by the registered command when known) or Discord's array form.</summary>
    private static JsonArray? BuildOptions(JsonObject? options, JsonArray? definitions, string? focusedName)
    {
        if (options is null)
        {
            return null;
        }
        if (options["$array"] is JsonArray raw)
        {
            return (JsonArray)raw.DeepClone();
        }
        var result = new JsonArray();
        foreach (var (name, value) in options)
        {
            if (name.StartsWith('$'))
            {
                continue;
            }
            var def = definitions?.OfType<JsonObject>().FirstOrDefault(d => Validation.Str(d["name"]) == name);
            var type = def is not null ? Validation.Int(def["type"]) ?? 3 : value?.GetValueKind() switch
            {
                JsonValueKind.True or JsonValueKind.False => 5,
                JsonValueKind.Number => value is JsonValue v && v.TryGetValue<long>(out _) ? 4 : 10,
                JsonValueKind.Object => 1,
                _ => 3,
            };
            var opt = new JsonObject { ["name"] = name, ["type"] = type };
            if (type is 1 or 2)
            {
                opt["options"] = BuildOptions(value as JsonObject ?? [], def?["options"] as JsonArray, focusedName) ?? [];
            }
            else
            {
                opt["value"] = type is 6 or 7 or 8 or 9 or 11 ? JsonValue.Create(value?.ToString() ?? "") : value?.DeepClone();
                if (focusedName == name)
                {
                    opt["focused"] = true;
                }
            }
            result.Add(opt);
        }
        return result;
    }

    private async Task<InteractionOutcome> DeliverAsync(int type, string userId, SeededChannel channel, JsonObject data, JsonObject? message, string? permissions, string? commandName, CancellationToken ct)
    {
        var user = World.ResolveUser(userId);
        var pi = new PendingInteraction
        {
            Id = World.NewId(),
            Token = "aW50ZXJhY3Rpb246" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            Type = type, ChannelId = channel.Id, GuildId = channel.GuildId, User = user, CommandName = commandName,
            SourceMessageId = Validation.Str(message?["id"]),
        };
        var payload = InteractionPayload(pi, user, channel, data, message, permissions);
        World.AddInteraction(pi);
        pi.SentAt = _options.Time.GetTimestamp();
        if (_options.InteractionsEndpointUrl is { } endpoint)
        {
            await PostToEndpointAsync(endpoint, pi, payload, ct).ConfigureAwait(false);
        }
        else
        {
            Gateway.DispatchToGuild("INTERACTION_CREATE", payload, channel.GuildId);
        }
        return await WaitForResponseAsync(pi, ct).ConfigureAwait(false);
    }

    /// <summary>The interaction as Discord sends it, written straight to UTF-8 (the hot path of every simulated
    /// user: no JsonNode tree to build, clone and serialise).</summary>
    private byte[] InteractionPayload(PendingInteraction pi, SeededUser user, SeededChannel channel, JsonObject data, JsonObject? message, string? permissions)
    {
        using (var scratch = JsonScratch.Rent())
        {
            var w = scratch.Writer;
            w.WriteStartObject();
            w.WriteString("id", pi.Id);
            w.WriteString("application_id", ApplicationId);
            w.WriteNumber("type", pi.Type);
            w.WritePropertyName("data");
            data.WriteTo(w);
            w.WriteString("guild_id", channel.GuildId);
            w.WriteString("channel_id", channel.Id);
            w.WritePropertyName("channel");
            World.WriteChannel(w, channel);
            w.WriteStartObject("member");
            w.WritePropertyName("user");
            World.WriteUser(w, user);
            w.WriteStartArray("roles");
            w.WriteEndArray();
            w.WriteString("permissions", permissions ?? DefaultMemberPermissions);
            w.WriteString("joined_at", "2024-01-01T00:00:00.000000+00:00");
            w.WriteNull("nick");
            w.WriteBoolean("deaf", false);
            w.WriteBoolean("mute", false);
            w.WriteNumber("flags", 0);
            w.WriteEndObject();
            w.WriteString("token", pi.Token);
            w.WriteNumber("version", 1);
            w.WriteString("locale", "en-US");
            w.WriteString("guild_locale", "en-US");
            w.WriteString("app_permissions", "2248473465835073");
            w.WriteStartArray("entitlements");
            w.WriteEndArray();
            w.WriteStartObject("authorizing_integration_owners");
            w.WriteString("0", channel.GuildId);
            w.WriteEndObject();
            w.WriteNumber("context", 0);
            w.WriteNumber("attachment_size_limit", 10485760);
            w.WriteStartObject("guild");
            w.WriteString("id", channel.GuildId);
            w.WriteString("locale", "en-US");
            w.WriteStartArray("features");
            w.WriteEndArray();
            w.WriteEndObject();
            if (message is not null)
            {
                w.WritePropertyName("message");
                message.WriteTo(w);
            }
            w.WriteEndObject();
            return scratch.Written.ToArray();
        }
    }

    private async Task<InteractionOutcome> WaitForResponseAsync(PendingInteraction pi, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct, _stopping.Token);
        var delay = Task.Delay(_options.WaitForBotResponse, _options.Time, cts.Token);
        var done = await Task.WhenAny(pi.Responded.Task, delay).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        return done == pi.Responded.Task
            ? new InteractionOutcome("responded", (JsonObject)JsonNode.Parse(pi.Responded.Task.Result)!, pi.Id, pi.Token)
            : new InteractionOutcome("timed-out", null, pi.Id, pi.Token);
    }

    private async Task PostToEndpointAsync(Uri endpoint, PendingInteraction pi, byte[] body, CancellationToken ct)
    {
        var timestamp = _options.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", _signer.SignHex(timestamp, body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        request.Headers.UserAgent.ParseAdd("Discord-Interactions/1.0 (+https://discord.com)");
        try
        {
            using var response = await _endpointClient.SendAsync(request, ct).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            Recorder.Add(new RecordedRequest("POST", "endpoint:" + endpoint, new Dictionary<string, string>(), Encoding.UTF8.GetString(body), (int)response.StatusCode, _options.Time.GetUtcNow()));
            if (response.StatusCode == HttpStatusCode.OK && text.Length > 0 && JsonNode.Parse(text) is JsonObject callback)
            {
                ApplyCallback(pi, callback).AfterRecorded?.Invoke(); // recorded just above
            }
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            Recorder.Add(new RecordedRequest("POST", "endpoint:" + endpoint, new Dictionary<string, string>(), Encoding.UTF8.GetString(body), 0, _options.Time.GetUtcNow()));
        }
    }

    /// <summary>Sends a PING (type 1) signed with the app key to the interactions endpoint, as Discord does when the URL is saved.
    /// Also sends one with a corrupted signature: a faithful endpoint answers 200 {"type":1} and then 401.</summary>
    public async Task<(int ValidStatus, string ValidBody, int InvalidStatus)> ProbeInteractionsEndpointAsync(CancellationToken ct = default)
    {
        var endpoint = _options.InteractionsEndpointUrl ?? throw new InvalidOperationException("InteractionsEndpointUrl is not set");
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["id"] = World.NewId(), ["application_id"] = ApplicationId, ["type"] = 1, ["token"] = "ping", ["version"] = 1 }.ToJsonString());
        var timestamp = _options.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = _signer.SignHex(timestamp, body);
        var (validStatus, validBody) = await SendSignedAsync(endpoint, body, timestamp, signature, ct).ConfigureAwait(false);
        var bad = (signature[0] == '0' ? "1" : "0") + signature[1..];
        var (invalidStatus, _) = await SendSignedAsync(endpoint, body, timestamp, bad, ct).ConfigureAwait(false);
        return (validStatus, validBody, invalidStatus);
    }

    private async Task<(int, string)> SendSignedAsync(Uri endpoint, byte[] body, string timestamp, string signature, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        using var response = await _endpointClient.SendAsync(request, ct).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
    }

    private static ReadOnlySpan<int> AllowedResponseTypes(int interactionType) => interactionType switch
    {
        1 => [1],
        2 => [4, 5, 9],
        3 => [4, 5, 6, 7, 9],
        4 => [8],
        5 => [4, 5, 6, 7],
        _ => [],
    };

    /// <summary>Validates and applies an interaction callback (REST route or HTTP endpoint reply).</summary>
    internal RestResult ApplyCallback(PendingInteraction pi, JsonObject body)
    {
        lock (pi)
        {
            if (pi.Response is not null)
            {
                return RestResult.Error(400, 40060, "Interaction has already been acknowledged.");
            }
            if (_options.Time.GetElapsedTime(pi.SentAt) > _options.InteractionResponseDeadline)
            {
                return RestResult.Error(404, 10062, "Unknown interaction");
            }
            var type = Validation.Int(body["type"]);
            var allowed = AllowedResponseTypes(pi.Type);
            var errors = new ErrorTree();
            if (type is null || !allowed.Contains(type.Value))
            {
                errors.Add("INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is invalid for this interaction.", "type");
                return RestResult.Json(errors.ToBody(), 400);
            }
            var data = body["data"] as JsonObject;
            switch (type)
            {
                case 4 or 7:
                    Validation.Message(data ?? [], errors, requireContent: type == 4, ["data"]);
                    break;
                case 8:
                    if (data?["choices"] is JsonArray { Count: > 25 })
                    {
                        errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", "data", "choices");
                    }
                    break;
                case 9:
                    if (Validation.Str(data?["custom_id"]) is not { Length: >= 1 and <= 100 })
                    {
                        errors.Add("BASE_TYPE_REQUIRED", "This field is required", "data", "custom_id");
                    }
                    if (Validation.Str(data?["title"]) is not { Length: >= 1 and <= 45 })
                    {
                        errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.", "data", "title");
                    }
                    if (data?["components"] is not JsonArray { Count: >= 1 and <= 5 })
                    {
                        errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.", "data", "components");
                    }
                    break;
            }
            if (errors.HasErrors)
            {
                return RestResult.Json(errors.ToBody(), 400);
            }
            switch (type)
            {
                case 4:
                    pi.OriginalMessageId = World.CreateMessageId(pi.ChannelId, data!, pi.Type == 2 ? 20 : 19, pi);
                    break;
                case 5:
                    var flags = (Validation.Int(data?["flags"]) ?? 0) & 64;
                    pi.OriginalMessageId = World.CreateMessageId(pi.ChannelId, new JsonObject { ["flags"] = flags | 128 }, pi.Type == 2 ? 20 : 19, pi);
                    break;
                case 6:
                    pi.OriginalMessageId = pi.SourceMessageId;
                    break;
                case 7:
                    pi.OriginalMessageId = pi.SourceMessageId;
                    if (pi.SourceMessageId is not null)
                    {
                        World.EditMessage(pi.ChannelId, pi.SourceMessageId, data!);
                    }
                    break;
            }
            pi.Response = body.ToJsonString();
        }
        var accepted = pi.Response;
        return new RestResult(204)
        {
            AfterRecorded = () =>
            {
                pi.Responded.TrySetResult(accepted);
                World.Feed.InteractionCallback(pi, accepted);
            },
        };
    }

    /// <summary>The channel's messages as GET /channels/{id}/messages returns them (newest first, edits applied, ephemeral omitted).</summary>
    public IReadOnlyList<JsonObject> GetMessages(string channelId)
    {
        var channel = World.ResolveChannel(channelId);
        return channel is null ? [] : World.ListMessages(channel.Id);
    }

    public IReadOnlyList<JsonObject> RegisteredCommands(string? guildId = null) => World.Commands(guildId);

    /// <summary>Sends a dispatch to every session on the guild's shard (shard 0 when no guild, like DMs).</summary>
    public Task DispatchAsync(string eventName, JsonObject data, string? guildId = null)
    {
        Gateway.DispatchToGuild(eventName, data, guildId);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await Gateway.CloseAllAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _signer.Dispose();
        _endpointClient.Dispose();
    }
}
