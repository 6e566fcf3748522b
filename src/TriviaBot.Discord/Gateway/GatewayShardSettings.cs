namespace TriviaBot.Discord.Gateway;

/// <summary>Protocol timing and limits of a <see cref="GatewayShard"/>; defaults follow Discord's documentation.</summary>
public sealed class GatewayShardSettings
{
    /// <summary>No Hello within this time after connecting ⇒ reconnect.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>No READY/RESUMED within this time after Identify/Resume ⇒ reconnect.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A close handshake unanswered for this long is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Frames per <see cref="SendWindow"/> per connection (Discord closes with 4008 above 120).</summary>
    public int SendLimit { get; init; } = 110;

    /// <summary>Slots of <see cref="SendLimit"/> kept for heartbeats.</summary>
    public int HeartbeatReserve { get; init; } = 10;

    /// <summary>The send limiter's window.</summary>
    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Frames larger than this are rejected locally (Discord closes with 4002 above 4096 bytes).</summary>
    public int MaxOutgoingFrameBytes { get; init; } = 4096;

    /// <summary>After this many consecutive network failures while resuming, drop the session and Identify on the
    /// base URL (discord.js#10382).</summary>
    public int ResumeFailuresBeforeIdentify { get; init; } = 3;

    /// <summary>After op 9 with <c>d: false</c>, wait uniformly in [min, max] before identifying again.</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>See <see cref="InvalidSessionMinDelay"/>.</summary>
    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Backoff between reconnect attempts.</summary>
    public IGatewayReconnectPolicy ReconnectPolicy { get; init; } = new ExponentialBackoffReconnectPolicy();

    /// <summary>Source of heartbeat and invalid-session jitter.</summary>
    public Random Random { get; init; } = Random.Shared;
}
