namespace TriviaBot.Discord.Gateway;

/// <summary>How long to wait before reconnect attempt <c>n</c> (1 = the first retry after a failure).
/// Non-fatal causes retry forever, so implementations must stay bounded and never return a tight loop.</summary>
public interface IGatewayReconnectPolicy
{
    /// <summary>The delay before attempt <paramref name="attempt"/> (≥ 1).</summary>
    TimeSpan GetDelay(int attempt);
}

/// <summary>Exponential backoff with "equal jitter": base = min(cap, initial × 2^(attempt−1)); the delay is drawn
/// uniformly from [base/2, base), so it is never below initial/2 and never above the cap.</summary>
public sealed class ExponentialBackoffReconnectPolicy(TimeSpan initial, TimeSpan cap, Random? random = null) : IGatewayReconnectPolicy
{
    private readonly Random _random = random ?? Random.Shared;

    /// <summary>1 s initial, 60 s cap.</summary>
    public ExponentialBackoffReconnectPolicy()
        : this(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60))
    {
    }

    /// <inheritdoc />
    public TimeSpan GetDelay(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var baseTicks = Math.Min(cap.Ticks, initial.Ticks * Math.Pow(2, exponent));
        var jittered = (baseTicks / 2) + (_random.NextDouble() * baseTicks / 2);
        return TimeSpan.FromTicks((long)jittered);
    }
}

/// <summary>A fixed sequence of delays; the last one repeats forever (for tests and custom schedules).</summary>
public sealed class DelaySequenceReconnectPolicy(IReadOnlyList<TimeSpan> delays) : IGatewayReconnectPolicy
{
    /// <inheritdoc />
    public TimeSpan GetDelay(int attempt)
    {
        if (delays.Count == 0)
        {
            return TimeSpan.Zero;
        }

        return delays[Math.Clamp(attempt - 1, 0, delays.Count - 1)];
    }
}
