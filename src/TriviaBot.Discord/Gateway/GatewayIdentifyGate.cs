using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TriviaBot.Discord.Gateway;

/// <summary>Grants permission to send an Identify. One per process and token, shared by all shards.</summary>
public interface IGatewayIdentifyGate
{
    /// <summary>Completes when shard <paramref name="shardId"/> may send one Identify now.</summary>
    Task WaitAsync(int shardId, CancellationToken cancellationToken);
}

/// <summary>Identify pacing from <c>session_start_limit</c>: one Identify per concurrency bucket
/// (<c>shard_id % max_concurrency</c>) per <see cref="BucketInterval"/> (5 s), and none while <c>remaining == 0</c>
/// (waits <c>reset_after</c>, then refreshes the budget).</summary>
public sealed class GatewayIdentifyGate : IGatewayIdentifyGate, IDisposable
{
    /// <summary>Discord's pacing: one Identify per bucket every 5 s.</summary>
    public static readonly TimeSpan BucketInterval = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _timeProvider;
    private readonly Func<CancellationToken, Task<SessionStartLimit>>? _refresh;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _budgetLock = new(1, 1);
    private readonly Dictionary<int, Bucket> _buckets = [];
    private readonly Lock _bucketsLock = new();
    private SessionStartLimit _limit;
    private long _limitFetchedAt;
    private int _remaining;

    /// <summary>Creates a gate from the <c>session_start_limit</c> just read; <paramref name="refresh"/> re-reads it
    /// (<c>GET /gateway/bot</c>) after a reset.</summary>
    public GatewayIdentifyGate(SessionStartLimit limit, TimeProvider timeProvider,
        Func<CancellationToken, Task<SessionStartLimit>>? refresh = null, ILogger? logger = null)
    {
        _limit = limit;
        _remaining = limit.Remaining;
        _timeProvider = timeProvider;
        _refresh = refresh;
        _logger = logger ?? NullLogger.Instance;
        _limitFetchedAt = timeProvider.GetTimestamp();
    }

    /// <summary>Identifies still allowed before the reset, as this process counts them.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <inheritdoc />
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        var concurrency = Math.Max(1, _limit.MaxConcurrency);
        Bucket bucket;
        lock (_bucketsLock)
        {
            var key = shardId % concurrency;
            if (!_buckets.TryGetValue(key, out bucket!))
            {
                bucket = new Bucket();
                _buckets[key] = bucket;
            }
        }

        await bucket.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (bucket.LastIdentify is { } last)
            {
                var wait = BucketInterval - _timeProvider.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
                }
            }

            await TakeBudgetAsync(cancellationToken).ConfigureAwait(false);
            bucket.LastIdentify = _timeProvider.GetTimestamp();
        }
        finally
        {
            bucket.Lock.Release();
        }
    }

    private async Task TakeBudgetAsync(CancellationToken cancellationToken)
    {
        await _budgetLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (_remaining <= 0)
            {
                var wait = TimeSpan.FromMilliseconds(_limit.ResetAfterMs) - _timeProvider.GetElapsedTime(_limitFetchedAt);
                _logger.LogWarning("Identify budget exhausted (session_start_limit.remaining = 0); waiting {Wait} for the reset", wait);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
                }

                var fresh = _refresh is null
                    ? _limit with { Remaining = _limit.Total, ResetAfterMs = (long)TimeSpan.FromDays(1).TotalMilliseconds }
                    : await _refresh(cancellationToken).ConfigureAwait(false);
                _limit = fresh with { MaxConcurrency = _limit.MaxConcurrency };
                _limitFetchedAt = _timeProvider.GetTimestamp();
                _remaining = fresh.Remaining;
                if (_remaining <= 0 && fresh.ResetAfterMs <= 0)
                {
                    // A budget of zero with no reset time would spin; back off a minute.
                    _limit = _limit with { ResetAfterMs = 60_000 };
                }
            }

            _remaining--;
        }
        finally
        {
            _budgetLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _budgetLock.Dispose();
        lock (_bucketsLock)
        {
            foreach (var bucket in _buckets.Values)
            {
                bucket.Lock.Dispose();
            }
        }
    }

    private sealed class Bucket
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);
        public long? LastIdentify { get; set; }
    }
}
