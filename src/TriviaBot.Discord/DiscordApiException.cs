using System.Net;

namespace TriviaBot.Discord;

/// <summary>Well-known Discord JSON error codes.</summary>
public static class DiscordErrorCodes
{
    /// <summary>Unknown channel.</summary>
    public const int UnknownChannel = 10003;
    /// <summary>Unknown message.</summary>
    public const int UnknownMessage = 10008;
    /// <summary>Unknown webhook.</summary>
    public const int UnknownWebhook = 10015;
    /// <summary>Unknown interaction (acknowledged too late).</summary>
    public const int UnknownInteraction = 10062;
    /// <summary>Daily application command create limit reached.</summary>
    public const int CommandCreateLimit = 30034;
    /// <summary>Interaction already acknowledged.</summary>
    public const int AlreadyAcknowledged = 40060;
    /// <summary>Missing access.</summary>
    public const int MissingAccess = 50001;
    /// <summary>Missing permissions.</summary>
    public const int MissingPermissions = 50013;
    /// <summary>Invalid form body.</summary>
    public const int InvalidFormBody = 50035;
}

/// <summary>A REST call Discord refused: the HTTP status, Discord's JSON <c>code</c> (0 when the body had none) and
/// message, and the <c>errors</c> tree for 50035. Never contains the token.</summary>
public sealed class DiscordApiException(HttpStatusCode status, int code, string message, string? errors = null, string? route = null)
    : Exception($"Discord {(int)status} {code} on {route ?? "?"}: {message}")
{
    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>Discord's JSON error code (see <see cref="DiscordErrorCodes"/>), 0 if none.</summary>
    public int Code { get; } = code;

    /// <summary>Discord's message.</summary>
    public string DiscordMessage { get; } = message;

    /// <summary>The raw <c>errors</c> object of a 50035, as JSON.</summary>
    public string? Errors { get; } = errors;

    /// <summary>The route key, e.g. <c>POST /channels/{id}/messages</c>.</summary>
    public string? Route { get; } = route;
}

/// <summary>Thrown when the gateway closes with a fatal code (4004, 4010–4014) or the token is rejected (401):
/// reconnecting cannot help; the host should stop with a clear message and a non-zero exit code.</summary>
public sealed class DiscordFatalException(string message, int? closeCode = null) : Exception(message)
{
    /// <summary>The gateway close code, when the gateway said so.</summary>
    public int? CloseCode { get; } = closeCode;
}
