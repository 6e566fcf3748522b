using System.ComponentModel.DataAnnotations;

namespace TriviaBot.Discord;

/// <summary>How interactions reach the bot.</summary>
public enum DiscordMode
{
    /// <summary>Over the gateway WebSocket (<c>INTERACTION_CREATE</c>), answered through the callback route.</summary>
    Gateway,

    /// <summary>Discord POSTs them to the application's Interactions Endpoint URL, served by
    /// <see cref="Http.DiscordHttpInteractionsService"/>; the gateway is not needed.</summary>
    Http,
}

/// <summary>Configuration section <c>Discord</c>. The token comes from the environment
/// (<c>TRIVIABOT_Discord__Token</c>) or a user-secrets store, never from a file under <c>config/</c>.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Discord";

    /// <summary>The bot token; empty means "not configured".</summary>
    public string? Token { get; set; }

    /// <summary>REST base URL, e.g. <c>https://discord.com/api/v10</c> or the local server's.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Gateway intents; a slash-command bot needs only GUILDS (1).</summary>
    [Range(0, int.MaxValue)]
    public int Intents { get; set; } = 1;

    /// <summary>Total shard count; 0 = use the count Discord recommends in <c>GET /gateway/bot</c>.</summary>
    [Range(0, 100_000)]
    public int ShardCount { get; set; }

    /// <summary>Shards this process runs (ids in [0, ShardCount)); empty = all of them.</summary>
    public int[] ShardIds { get; set; } = [];

    /// <summary>Register commands to this guild only (instant, for development); empty = globally.</summary>
    public string? DevelopmentGuildId { get; set; }

    /// <summary>The application's Ed25519 public key (hex), for the HTTP interactions endpoint; required in
    /// <see cref="DiscordMode.Http"/> mode and, when set, validated at start.</summary>
    public string? PublicKey { get; set; }

    /// <summary><see cref="DiscordMode.Gateway"/> (default) or <see cref="DiscordMode.Http"/>.</summary>
    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>Where <see cref="DiscordMode.Http"/> mode listens (plain HTTP, scheme + host + port, no path; put TLS in
    /// a reverse proxy). The endpoint is <see cref="HttpInteractionsPath"/> under it. Port 0 picks a free port.</summary>
    public string HttpListenUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The path of the HTTP interactions endpoint.</summary>
    public const string HttpInteractionsPath = "/interactions";

    /// <summary><c>User-Agent</c> header, as Discord requires: <c>DiscordBot (url, version)</c>.</summary>
    [Required]
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/triviabot/triviabot, 1.0)";
}
