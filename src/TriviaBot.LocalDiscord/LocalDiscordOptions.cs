namespace TriviaBot.LocalDiscord;

/// <summary>Configuration of the local Discord-faithful server.</summary>
public sealed class LocalDiscordOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41250);
    public int RecommendedShards { get; set; } = 1;
    public int SessionStartTotal { get; set; } = 1000;
    public int SessionStartRemaining { get; set; } = 1000;
    public int MaxConcurrency { get; set; } = 1;
    public TimeSpan InteractionResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);
    /// <summary>How long the control API waits for the bot's interaction callback.</summary>
    public TimeSpan WaitForBotResponse { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>When set, interactions are POSTed (Ed25519-signed) there instead of sent over the gateway.</summary>
    public Uri? InteractionsEndpointUrl { get; set; }
    public TimeProvider Time { get; set; } = TimeProvider.System;
    /// <summary>Bot token; null generates one.</summary>
    public string? Token { get; set; }

    /// <summary>Minimum time between two Identify payloads of the same concurrency bucket (Discord: 5 s).</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Gateway frames a client may send per <see cref="GatewayRateLimitWindow"/> (Discord: 120 per 60 s).</summary>
    public int GatewayRateLimit { get; set; } = 120;
    public TimeSpan GatewayRateLimitWindow { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How long a disconnected session stays resumable.</summary>
    public TimeSpan SessionResumeWindow { get; set; } = TimeSpan.FromMinutes(3);
    /// <summary>Dispatches kept per session for replay on resume.</summary>
    public int SessionReplayBuffer { get; set; } = 2000;
    /// <summary>Whether privileged intents (GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT) are enabled for the app.</summary>
    public bool PrivilegedIntentsEnabled { get; set; }

    /// <summary>Requests per window on POST /channels/{id}/messages (per channel).</summary>
    public int MessageCreateLimit { get; set; } = 5;
    /// <summary>Requests per window on every other bucket.</summary>
    public int DefaultBucketLimit { get; set; } = 50;
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Requests per second across all routes except interaction callbacks and webhooks.</summary>
    public int GlobalRateLimit { get; set; } = 50;
    /// <summary>Added to X-RateLimit-Reset only (simulates server clock skew; Reset-After is unaffected).</summary>
    public TimeSpan RateLimitResetSkew { get; set; }
    /// <summary>How long a nonce with enforce_nonce dedupes message creation.</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How long an interaction token serves edits and followups.</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Channels seeded beyond #general, #trivia and #random (named room-1, room-2, …), for load tests.</summary>
    public int ExtraChannels { get; set; }

    /// <summary>How many frames (and, separately, requests) the recorder keeps; older ones are dropped in halves.</summary>
    public int RecordingLimit { get; set; } = 100_000;
}
