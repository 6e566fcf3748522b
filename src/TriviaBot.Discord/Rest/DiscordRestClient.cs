using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Rest.Models;

namespace TriviaBot.Discord.Rest;

/// <summary>Discord's REST API over <see cref="HttpClient"/>: rate-limit buckets learned from headers, one global
/// limiter per token per process, 429/5xx/network handling with bounded retries, typed errors, and a halt after a
/// 401. Every wait goes through the injected <see cref="TimeProvider"/>; the token appears in no log line or
/// exception message (routes are logged templated).</summary>
public sealed class DiscordRestClient : IGatewayBotSource
{
    /// <summary>Retries after a 5xx or network error.</summary>
    public const int MaxServerRetries = 3;

    /// <summary>Retries after a 429 with a JSON body.</summary>
    public const int MaxRateLimitRetries = 5;

    /// <summary>Retries after a 429 without a JSON body (a Cloudflare ban).</summary>
    public const int MaxBanRetries = 2;

    /// <summary>How long every route pauses after a 429 without a JSON body.</summary>
    public static readonly TimeSpan BanBackoff = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly DiscordToken _token;
    private readonly string _baseUrl;
    private readonly string _userAgent;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly RateLimitBuckets _buckets;
    private readonly GlobalRateLimiter _global;
    private volatile bool _halted;

    /// <summary>Creates a client; clients of the same token share one <see cref="GlobalRateLimiter"/>.</summary>
    public DiscordRestClient(HttpClient http, DiscordToken token, DiscordOptions options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _token = token;
        _baseUrl = (string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? "https://discord.com/api/v10" : options.ApiBaseUrl).TrimEnd('/');
        _userAgent = options.UserAgent;
        _time = time;
        _logger = logger;
        _buckets = new RateLimitBuckets(time);
        _global = GlobalRateLimiter.ForToken(token, time);
    }

    /// <summary>True after Discord rejected the token (401): every further call throws <see cref="DiscordFatalException"/>.</summary>
    public bool IsHalted => _halted;

    internal RateLimitBuckets Buckets => _buckets;

    /// <inheritdoc />
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
        => (await SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBotModel, cancellationToken).ConfigureAwait(false))!.ToDomain();

    /// <summary><c>GET /users/@me</c>.</summary>
    public async Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Get, "users/@me", null, DiscordJsonContext.Default.UserModel, cancellationToken).ConfigureAwait(false))!.ToDomain();

    /// <summary><c>GET /applications/@me</c>: the application's id (commands are registered under it).</summary>
    public async Task<ulong> GetCurrentApplicationIdAsync(CancellationToken cancellationToken = default)
        => Snowflake.Parse((await SendAsync(HttpMethod.Get, "applications/@me", null, DiscordJsonContext.Default.ApplicationModel, cancellationToken).ConfigureAwait(false))!.Id);

    /// <summary><c>POST /channels/{id}/messages</c>; with a <paramref name="nonce"/> and <paramref name="enforceNonce"/>
    /// a retried create returns the first message instead of a duplicate.</summary>
    public async Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageCreate message, string? nonce = null, bool enforceNonce = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        DiscordLimits.Validate(message);
        message = message with
        {
            AllowedMentions = message.AllowedMentions ?? AllowedMentions.None,
            Nonce = nonce ?? message.Nonce,
            EnforceNonce = enforceNonce ? true : message.EnforceNonce,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.MessageCreate);
        return (await SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", body, DiscordJsonContext.Default.MessageModel, cancellationToken).ConfigureAwait(false))!.ToDomain();
    }

    /// <summary><c>PATCH /channels/{id}/messages/{id}</c>.</summary>
    public async Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageEdit edit, CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", Serialize(edit), DiscordJsonContext.Default.MessageModel, cancellationToken).ConfigureAwait(false))!.ToDomain();

    /// <summary><c>DELETE /channels/{id}/messages/{id}</c>.</summary>
    public Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Delete, $"channels/{channelId}/messages/{messageId}", null, cancellationToken);

    /// <summary><c>GET /channels/{id}/messages/{id}</c>.</summary>
    public async Task<DiscordMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Get, $"channels/{channelId}/messages/{messageId}", null, DiscordJsonContext.Default.MessageModel, cancellationToken).ConfigureAwait(false))!.ToDomain();

    /// <summary><c>POST /interactions/{id}/{token}/callback</c> (the initial response; 204).</summary>
    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        DiscordLimits.Validate(response);
        var body = JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);
        return SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{Escape(interactionToken)}/callback", body, cancellationToken);
    }

    /// <summary><c>GET /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public async Task<DiscordMessage> GetOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Get, $"webhooks/{applicationId}/{Escape(interactionToken)}/messages/@original", null, DiscordJsonContext.Default.MessageModel, cancellationToken).ConfigureAwait(false))!.ToDomain();

    /// <summary><c>PATCH /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public async Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageEdit edit, CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{Escape(interactionToken)}/messages/@original", Serialize(edit), DiscordJsonContext.Default.MessageModel, cancellationToken).ConfigureAwait(false))!.ToDomain();

    /// <summary><c>DELETE /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Delete, $"webhooks/{applicationId}/{Escape(interactionToken)}/messages/@original", null, cancellationToken);

    /// <summary><c>POST /webhooks/{app}/{token}</c> (a followup message; flags 64 makes it ephemeral).</summary>
    public async Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageCreate message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        DiscordLimits.Validate(message);
        var body = JsonSerializer.SerializeToUtf8Bytes(message with { AllowedMentions = message.AllowedMentions ?? AllowedMentions.None }, DiscordJsonContext.Default.MessageCreate);
        return (await SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{Escape(interactionToken)}", body, DiscordJsonContext.Default.MessageModel, cancellationToken).ConfigureAwait(false))!.ToDomain();
    }

    /// <summary><c>PUT /applications/{app}/commands</c>: replaces every global command.</summary>
    public Task<IReadOnlyList<ApplicationCommandDefinition>> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
        => PutCommandsAsync($"applications/{applicationId}/commands", commands, cancellationToken);

    /// <summary><c>PUT /applications/{app}/guilds/{guild}/commands</c>: replaces the guild's commands (instant).</summary>
    public Task<IReadOnlyList<ApplicationCommandDefinition>> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
        => PutCommandsAsync($"applications/{applicationId}/guilds/{guildId}/commands", commands, cancellationToken);

    /// <summary><c>GET /applications/{app}/commands</c>.</summary>
    public async Task<IReadOnlyList<ApplicationCommandDefinition>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Get, $"applications/{applicationId}/commands", null, DiscordJsonContext.Default.ListApplicationCommandDefinition, cancellationToken).ConfigureAwait(false)) ?? [];

    /// <summary><c>GET /applications/{app}/guilds/{guild}/commands</c>.</summary>
    public async Task<IReadOnlyList<ApplicationCommandDefinition>> GetGuildCommandsAsync(ulong applicationId, ulong guildId, CancellationToken cancellationToken = default)
        => (await SendAsync(HttpMethod.Get, $"applications/{applicationId}/guilds/{guildId}/commands", null, DiscordJsonContext.Default.ListApplicationCommandDefinition, cancellationToken).ConfigureAwait(false)) ?? [];

    private async Task<IReadOnlyList<ApplicationCommandDefinition>> PutCommandsAsync(string path, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken)
    {
        CommandValidator.Validate(commands);
        var body = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition);
        return (await SendAsync(HttpMethod.Put, path, body, DiscordJsonContext.Default.ListApplicationCommandDefinition, cancellationToken).ConfigureAwait(false)) ?? [];
    }

    private static byte[] Serialize(MessageEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        DiscordLimits.Validate(edit);
        return JsonSerializer.SerializeToUtf8Bytes(edit with { AllowedMentions = edit.AllowedMentions ?? AllowedMentions.None }, DiscordJsonContext.Default.MessageEdit);
    }

    private static string Escape(string interactionToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        return Uri.EscapeDataString(interactionToken);
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var content = await SendAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        return content.Length == 0 ? default : JsonSerializer.Deserialize(content, type);
    }

    /// <summary>Sends one request through the rate limiter with the retry policy; returns the response body.</summary>
    internal async Task<byte[]> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var route = RestRoute.Parse(method, path);
        int serverRetries = 0, limitRetries = 0, banRetries = 0;
        while (true)
        {
            if (_halted)
            {
                throw Halted(route);
            }

            var bucket = await EnterBucketAsync(route, cancellationToken).ConfigureAwait(false);
            HttpResponseMessage? response = null;
            byte[] content = [];
            Exception? transient = null;
            try
            {
                await _global.AcquireAsync(route.IsGlobalExempt, cancellationToken).ConfigureAwait(false);
                if (_halted)
                {
                    throw Halted(route);
                }

                using var request = BuildRequest(method, path, body);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                ApplyRateLimitHeaders(route, response);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                transient = ex;
                response?.Dispose();
                response = null;
            }
            finally
            {
                bucket.Turn.Release();
            }

            if (route.IsInteractionCallback)
            {
                // One callback per interaction: its queue is done with as soon as it is idle.
                _buckets.ForgetIfIdle(route);
            }

            if (response is null)
            {
                if (++serverRetries > MaxServerRetries)
                {
                    _logger.LogError("Network error on {Route}; giving up after {Retries} retries", route.Key, MaxServerRetries);
                    throw new HttpRequestException($"Network error on {route.Key} after {MaxServerRetries} retries.", transient);
                }

                _logger.LogWarning("Network error on {Route} ({Error}); retry {Retry}", route.Key, transient!.GetType().Name, serverRetries);
                await Task.Delay(Backoff(serverRetries), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return content;
                }

                if (status == HttpStatusCode.Unauthorized && !route.IsTokenRoute)
                {
                    _halted = true;
                    _logger.LogCritical("Discord rejected the bot token (401) on {Route}; the REST client is halted", route.Key);
                    throw new DiscordFatalException($"Discord rejected the bot token (401 Unauthorized) on {route.Key}; the REST client is halted and sends nothing more.");
                }

                var error = ParseError(response, content);
                if (status == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = error?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : response.Headers.RetryAfter?.Delta;
                    if (error is null || retryAfter is null)
                    {
                        // A 429 without a JSON body or any retry hint is Cloudflare, not Discord: the whole IP is
                        // banned for a while, so stop everything rather than add to the 10,000-per-10-minutes count.
                        _global.PauseHard(BanBackoff);
                        _logger.LogError("429 without a JSON body on {Route} (Cloudflare ban?); pausing all requests for {Backoff}", route.Key, BanBackoff);
                        if (++banRetries > MaxBanRetries)
                        {
                            throw new DiscordApiException(status, error?.Code ?? 0, "Rate limited without a JSON body (Cloudflare ban?)", null, route.Key);
                        }

                        continue;
                    }

                    var scope = Header(response, "X-RateLimit-Scope") ?? (error.Global == true ? "global" : "user");
                    var global = error.Global == true || string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase) || scope == "global";
                    if (++limitRetries > MaxRateLimitRetries)
                    {
                        throw new DiscordApiException(status, error.Code ?? 0, error.Message ?? "Too many requests", null, route.Key);
                    }

                    _logger.LogWarning("429 ({Scope}) on {Route}; retrying after {RetryAfter}", global ? "global" : scope, route.Key, retryAfter.Value);
                    if (global)
                    {
                        _global.Pause(retryAfter.Value);
                        if (route.IsGlobalExempt)
                        {
                            await Task.Delay(retryAfter.Value, _time, cancellationToken).ConfigureAwait(false);
                        }
                    }
                    else
                    {
                        _buckets.Resolve(route).PauseFor(retryAfter.Value);
                    }

                    continue;
                }

                if ((int)status >= 500 && ++serverRetries <= MaxServerRetries)
                {
                    _logger.LogWarning("{Status} on {Route}; retry {Retry}", (int)status, route.Key, serverRetries);
                    await Task.Delay(Backoff(serverRetries), _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var exception = new DiscordApiException(status, error?.Code ?? 0, error?.Message ?? status.ToString(),
                    error?.Errors is { ValueKind: JsonValueKind.Object } errors ? errors.GetRawText() : null, route.Key);
                if (exception.Code == DiscordErrorCodes.InvalidFormBody)
                {
                    _logger.LogError("Invalid form body on {Route}: {Errors}", route.Key, exception.Errors);
                }

                throw exception;
            }
        }
    }

    private async Task<RateLimitBucket> EnterBucketAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var bucket = _buckets.Resolve(route);
            await bucket.EnterAsync(cancellationToken).ConfigureAwait(false);

            // The hash may have been learned while we queued on the route's provisional queue; move to the hash's.
            if (ReferenceEquals(bucket, _buckets.Resolve(route)))
            {
                return bucket;
            }

            bucket.Turn.Release();
        }
    }

    private HttpRequestMessage BuildRequest(HttpMethod method, string path, byte[]? body)
    {
        var request = new HttpRequestMessage(method, _baseUrl + "/" + path);
        request.Headers.TryAddWithoutValidation("Authorization", _token.AuthorizationHeader);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        return request;
    }

    private void ApplyRateLimitHeaders(RestRoute route, HttpResponseMessage response)
    {
        var hash = Header(response, "X-RateLimit-Bucket");
        if (hash is not null && _buckets.HashOf(route) != hash)
        {
            _buckets.Learn(route, hash);
        }

        int? remaining = int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null;
        TimeSpan? resetAfter = double.TryParse(Header(response, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;
        _buckets.Resolve(route).Update(remaining, resetAfter);
    }

    private static ErrorModel? ParseError(HttpResponseMessage response, byte[] content)
    {
        if (content.Length == 0 || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == false)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, DiscordJsonContext.Default.ErrorModel);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds((250 << attempt) + Random.Shared.Next(0, 250));

    private static DiscordFatalException Halted(RestRoute route) =>
        new($"The REST client is halted after Discord rejected the bot token (401); refusing {route.Key}.");
}
