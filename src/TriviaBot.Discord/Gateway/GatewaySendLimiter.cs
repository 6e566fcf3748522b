namespace TriviaBot.Discord.Gateway;

/// <summary>Sliding-window limiter for one connection: at most <c>limit</c> frames per <c>window</c> (Discord allows
/// 120/60 s and closes with 4008 beyond). Ordinary frames may use only <c>limit - reserve</c> slots so heartbeats
/// always find room.</summary>
internal sealed class GatewaySendLimiter(int limit, int heartbeatReserve, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Queue<long> _sent = new();
    private readonly Lock _lock = new();

    /// <summary>Takes a slot if one is free; otherwise says how long until the oldest frame leaves the window.</summary>
    public bool TryAcquire(bool heartbeat, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var now = timeProvider.GetTimestamp();
            while (_sent.Count > 0 && timeProvider.GetElapsedTime(_sent.Peek(), now) >= window)
            {
                _sent.Dequeue();
            }

            var allowed = heartbeat ? limit : limit - heartbeatReserve;
            if (_sent.Count < allowed)
            {
                _sent.Enqueue(now);
                retryAfter = TimeSpan.Zero;
                return true;
            }

            // The slot frees when enough old frames expire: the (Count - allowed + 1)-th oldest one.
            var index = _sent.Count - allowed;
            var oldest = _sent.ElementAt(index);
            retryAfter = window - timeProvider.GetElapsedTime(oldest, now);
            if (retryAfter <= TimeSpan.Zero)
            {
                retryAfter = TimeSpan.FromMilliseconds(1);
            }

            return false;
        }
    }

    /// <summary>Waits for a slot.</summary>
    public async Task AcquireAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        while (!TryAcquire(heartbeat, out var retryAfter))
        {
            await Task.Delay(retryAfter, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Frames counted in the current window.</summary>
    public int InWindow
    {
        get
        {
            lock (_lock)
            {
                return _sent.Count;
            }
        }
    }
}
