using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace TriviaBot.Discord.Rest;

/// <summary>The process-wide limiter of one token: at most <see cref="RequestsPerSecond"/> requests per second
/// (a fixed one-second window), a pause after a global 429, and a hard pause after a Cloudflare-style 429 (no JSON
/// body) that holds every route, exempt ones included. Shared by every <see cref="DiscordRestClient"/> of the token
/// through <see cref="ForToken"/>, so shards or scopes can never multiply the budget.</summary>
public sealed class GlobalRateLimiter
{
    /// <summary>Discord's global limit.</summary>
    public const int RequestsPerSecond = 50;

    private static readonly ConcurrentDictionary<string, GlobalRateLimiter> Registry = new(StringComparer.Ordinal);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private long _windowStart;
    private int _windowCount;
    private long _pausedUntil;
    private long _hardPausedUntil;

    internal GlobalRateLimiter(TimeProvider time)
    {
        _time = time;
        _windowStart = time.GetTimestamp();
    }

    /// <summary>The one limiter for <paramref name="token"/> in this process (keyed by a SHA-256 of the token, never
    /// the token itself). The first caller's <paramref name="time"/> drives it.</summary>
    public static GlobalRateLimiter ForToken(DiscordToken token, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(time);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.Reveal())));
        return Registry.GetOrAdd(key, _ => new GlobalRateLimiter(time));
    }

    /// <summary>Waits for a slot of the global budget (or only for a hard pause when <paramref name="exempt"/>).</summary>
    public async Task AcquireAsync(bool exempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetTimestamp();
                wait = Until(now, _hardPausedUntil);
                if (wait <= TimeSpan.Zero && !exempt)
                {
                    wait = Until(now, _pausedUntil);
                    if (wait <= TimeSpan.Zero)
                    {
                        if (_time.GetElapsedTime(_windowStart, now) >= TimeSpan.FromSeconds(1))
                        {
                            _windowStart = now;
                            _windowCount = 0;
                        }

                        if (_windowCount < RequestsPerSecond)
                        {
                            _windowCount++;
                            return;
                        }

                        wait = TimeSpan.FromSeconds(1) - _time.GetElapsedTime(_windowStart, now);
                    }
                }
                else if (wait <= TimeSpan.Zero)
                {
                    return;
                }
            }

            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Pauses every non-exempt route for <paramref name="duration"/> (a global 429).</summary>
    public void Pause(TimeSpan duration)
    {
        lock (_gate)
        {
            _pausedUntil = Math.Max(_pausedUntil, _time.GetTimestamp() + ToTicks(duration));
        }
    }

    /// <summary>Pauses every route, exempt ones included, for <paramref name="duration"/> (a Cloudflare ban).</summary>
    public void PauseHard(TimeSpan duration)
    {
        lock (_gate)
        {
            _hardPausedUntil = Math.Max(_hardPausedUntil, _time.GetTimestamp() + ToTicks(duration));
        }
    }

    private long ToTicks(TimeSpan duration) => (long)(duration.TotalSeconds * _time.TimestampFrequency);

    private TimeSpan Until(long now, long until) =>
        until > now ? TimeSpan.FromSeconds((until - now) / (double)_time.TimestampFrequency) : TimeSpan.Zero;
}

/// <summary>One rate-limit queue (a bucket hash plus major parameter, or a route before its hash is known): one
/// request in flight at a time, and a wait until <c>Reset-After</c> when <c>remaining</c> reaches 0.</summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int? _remaining;
    private long _resetAt;

    public SemaphoreSlim Turn { get; } = new(1, 1);

    public long LastUsed { get; private set; } = time.GetTimestamp();

    public bool IsIdle => Turn.CurrentCount == 1 && (_remaining != 0 || _resetAt <= time.GetTimestamp());

    /// <summary>Takes this queue's turn and waits out an exhausted window. The caller releases <see cref="Turn"/>.</summary>
    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        await Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    LastUsed = time.GetTimestamp();
                    if (_remaining != 0)
                    {
                        return;
                    }

                    if (_resetAt <= LastUsed)
                    {
                        _remaining = null;
                        return;
                    }

                    wait = TimeSpan.FromSeconds((_resetAt - LastUsed) / (double)time.TimestampFrequency);
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            Turn.Release();
            throw;
        }
    }

    /// <summary>Records <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset-After</c> (never <c>Reset</c>).</summary>
    public void Update(int? remaining, TimeSpan? resetAfter)
    {
        if (remaining is null)
        {
            return;
        }

        lock (_gate)
        {
            _remaining = remaining;
            _resetAt = time.GetTimestamp() + (long)((resetAfter ?? TimeSpan.Zero).TotalSeconds * time.TimestampFrequency);
        }
    }

    /// <summary>Holds the queue for <paramref name="duration"/> (a per-route or shared 429).</summary>
    public void PauseFor(TimeSpan duration) => Update(0, duration);
}

/// <summary>Maps route keys to learned bucket hashes and (hash or route) + major parameter to queues.</summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int SweepThreshold = 4096;
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    // Keyed by (learned hash or route key, major parameter) as a tuple: no string is built per request.
    private readonly ConcurrentDictionary<(bool Hashed, string Id, string Major), RateLimitBucket> _queues = new();

    // ConcurrentDictionary.Count takes every lock; a counter kept beside it is what the hot path reads.
    private int _queueCount;

    public int QueueCount => Volatile.Read(ref _queueCount);

    public string QueueKey(RestRoute route)
    {
        var (hashed, id, major) = Key(route);
        return (hashed ? "hash:" : "route:") + id + ":" + major;
    }

    private (bool Hashed, string Id, string Major) Key(RestRoute route) => _hashes.TryGetValue(route.Key, out var hash)
        ? (true, hash, route.MajorParameter)
        : (false, route.Key, route.MajorParameter);

    private long _lastSweep = time.GetTimestamp();

    public RateLimitBucket Resolve(RestRoute route)
    {
        // A sweep walks every queue: at most one every few seconds, or every request becomes O(queues) once the
        // one-queue-per-interaction webhook routes pile up (measured: half the CPU of a 5,000-interaction burst).
        if (QueueCount > SweepThreshold)
        {
            var last = Interlocked.Read(ref _lastSweep);
            if (time.GetElapsedTime(last) > TimeSpan.FromSeconds(5) && Interlocked.CompareExchange(ref _lastSweep, time.GetTimestamp(), last) == last)
            {
                Sweep(QueueCount > 4 * SweepThreshold ? TimeSpan.FromSeconds(5) : TimeSpan.FromMinutes(1));
            }
        }

        var key = Key(route);
        if (_queues.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var created = new RateLimitBucket(time);
        var bucket = _queues.GetOrAdd(key, created);
        if (ReferenceEquals(bucket, created))
        {
            Interlocked.Increment(ref _queueCount);
        }

        return bucket;
    }

    /// <summary>Drops the route's queue when nobody is in it and it is not holding requests back (remaining above 0
    /// or its window over): such a queue says nothing a fresh one would not. Used for interaction callbacks, whose
    /// queue (one per interaction) would otherwise live until a sweep. A request that resolved the queue just before
    /// it went is sent back to resolve again by <see cref="DiscordRestClient"/>'s re-check after entering.</summary>
    public void ForgetIfIdle(RestRoute route)
    {
        var key = Key(route);
        if (_queues.TryGetValue(key, out var bucket) && bucket.IsIdle && _queues.TryRemove(KeyValuePair.Create(key, bucket)))
        {
            Interlocked.Decrement(ref _queueCount);
        }
    }

    public string? HashOf(RestRoute route) => _hashes.TryGetValue(route.Key, out var hash) ? hash : null;

    public void Learn(RestRoute route, string hash) => _hashes[route.Key] = hash;

    private void Sweep(TimeSpan idleFor)
    {
        // Webhook-token queues are one per interaction; drop idle queues so memory stays bounded.
        foreach (var (key, bucket) in _queues)
        {
            if (bucket.IsIdle && time.GetElapsedTime(bucket.LastUsed) > idleFor && _queues.TryRemove(key, out _))
            {
                Interlocked.Decrement(ref _queueCount);
            }
        }
    }
}
