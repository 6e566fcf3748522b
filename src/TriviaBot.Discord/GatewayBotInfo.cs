namespace TriviaBot.Discord;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>Identify budget: <c>total</c>, <c>remaining</c>, <c>reset_after</c> (ms) and <c>max_concurrency</c>.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfterMs, int MaxConcurrency);
