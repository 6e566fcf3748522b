using Microsoft.Extensions.Time.Testing;
using TriviaBot.Bot;

namespace TriviaBot.Tests;

/// <see cref="Clock.DelayUntilAsync"/> wakes at its moment even when the clock jumps while its timer is being armed
/// — the race that once left a daily post waiting a day longer than its time.
public sealed class ClockTests
{
    private static readonly DateTimeOffset Origin = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// A fake clock that jumps forward once, just before the next timer is armed: what a test's Advance (or a host's
    /// clock being set) does when it lands between reading the time and arming the timer.
    private sealed class JumpWhileArming(TimeSpan jump) : FakeTimeProvider(Origin)
    {
        private bool _jumped;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (!_jumped)
            {
                _jumped = true;
                Advance(jump);
            }

            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    [Fact]
    public async Task ClockJumpsPastTheMomentWhileArming_CompletesWithoutWaitingAgain()
    {
        var time = new JumpWhileArming(TimeSpan.FromHours(12));

        var wait = time.DelayUntilAsync(Origin.AddHours(12), CancellationToken.None);

        await wait.WaitAsync(TimeSpan.FromSeconds(30)); // A timer armed for "in 12 hours" after the jump would never fire here.
        Assert.Equal(Origin.AddHours(12), time.GetUtcNow());
    }

    [Fact]
    public async Task ClockJumpsHalfwayWhileArming_CompletesWhenTheMomentComes()
    {
        var time = new JumpWhileArming(TimeSpan.FromHours(6));

        var wait = time.DelayUntilAsync(Origin.AddHours(12), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(5));
        await Task.Yield();
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromHours(1));

        await wait.WaitAsync(TimeSpan.FromSeconds(30)); // Armed from before the jump, it would fire 6 hours late.
    }

    [Fact]
    public async Task Cancelled_Throws()
    {
        var time = new FakeTimeProvider(Origin);
        using var cts = new CancellationTokenSource();

        var wait = time.DelayUntilAsync(Origin.AddHours(1), cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task MomentAlreadyPast_CompletesAtOnce()
    {
        var time = new FakeTimeProvider(Origin);

        await time.DelayUntilAsync(Origin.AddSeconds(-1), CancellationToken.None);

        Assert.Equal(0, time.GetUtcNow().CompareTo(Origin));
    }
}
