namespace TriviaBot.Bot;

/// Waiting for a moment on a <see cref="TimeProvider"/>.
public static class Clock
{
    /// How far the clock may move while a timer is being armed before the timer is armed again. A timer's delay is
    /// relative: one armed with "in 12 hours" just after the clock jumped 12 hours (a test's fake clock, or a host's
    /// clock set forward) would fire 12 hours late.
    private static readonly TimeSpan ArmingTolerance = TimeSpan.FromSeconds(1);

    /// Completes once <paramref name="time"/> reads <paramref name="at"/> or later, however its clock moves meanwhile.
    public static async Task DelayUntilAsync(this TimeProvider time, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        while (true)
        {
            var before = time.GetUtcNow();
            if (at <= before)
            {
                return;
            }

            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(at - before, time, attempt.Token);
            if (time.GetUtcNow() - before > ArmingTolerance)
            {
                await attempt.CancelAsync(); // The clock moved while the timer was armed: arm it again from now.
                cancellationToken.ThrowIfCancellationRequested();
                continue;
            }

            await delay; // And look again: a clock set back means the moment has not come yet.
        }
    }
}
