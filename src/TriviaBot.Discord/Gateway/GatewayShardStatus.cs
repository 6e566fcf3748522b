namespace TriviaBot.Discord.Gateway;

/// <summary>Where a shard is in its life.</summary>
public enum GatewayShardState
{
    /// <summary>Not started.</summary>
    Created,
    /// <summary>Opening the socket and waiting for Hello.</summary>
    Connecting,
    /// <summary>Hello received; waiting for the Identify permit or READY.</summary>
    Identifying,
    /// <summary>Resume sent; waiting for RESUMED.</summary>
    Resuming,
    /// <summary>READY or RESUMED received; dispatches flowing.</summary>
    Ready,
    /// <summary>Disconnected; waiting out the backoff before the next attempt.</summary>
    WaitingToReconnect,
    /// <summary>Stopped by cancellation.</summary>
    Stopped,
    /// <summary>Stopped by a fatal close code.</summary>
    Faulted,
}

/// <summary>A snapshot for logs and diagnostics. Holds no secret.</summary>
/// <param name="ShardId">The shard id.</param>
/// <param name="ShardCount">The total shard count.</param>
/// <param name="State">The current state.</param>
/// <param name="Sequence">The last sequence number received.</param>
/// <param name="HeartbeatLatency">Time from the last acknowledged heartbeat to its ACK.</param>
/// <param name="ReconnectAttempts">Consecutive failed attempts (0 when healthy).</param>
/// <param name="Reconnects">Connections opened after the first.</param>
/// <param name="LastCloseCode">The last close code received from the server, if any.</param>
public sealed record GatewayShardStatus(int ShardId, int ShardCount, GatewayShardState State, long? Sequence,
    TimeSpan? HeartbeatLatency, int ReconnectAttempts, int Reconnects, int? LastCloseCode);
