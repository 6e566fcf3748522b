using Microsoft.Extensions.Time.Testing;
using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

public sealed class GatewayPolicyTests
{
    [Fact]
    public void Backoff_SuccessiveAttempts_GrowUntilTheCap()
    {
        var policy = new ExponentialBackoffReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0));

        var delays = Enumerable.Range(1, 8).Select(a => policy.GetDelay(a).TotalSeconds).ToArray();

        Assert.Equal([0.5, 1, 2, 4, 8, 15, 15, 15], delays);
    }

    [Fact]
    public void Backoff_HugeAttempt_NeverExceedsCap()
    {
        var policy = new ExponentialBackoffReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0.999999));

        Assert.True(policy.GetDelay(10_000) <= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Backoff_DifferentRandomDraws_AreJittered()
    {
        var low = new ExponentialBackoffReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0.1));
        var high = new ExponentialBackoffReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0.9));

        Assert.NotEqual(low.GetDelay(3), high.GetDelay(3));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Backoff_AnyAttempt_NeverTight(int attempt)
    {
        var policy = new ExponentialBackoffReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(0));

        Assert.True(policy.GetDelay(attempt) >= TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public void DelaySequence_PastTheEnd_RepeatsLastDelay()
    {
        var policy = new DelaySequenceReconnectPolicy([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)]);

        Assert.Equal(TimeSpan.FromSeconds(5), policy.GetDelay(100));
    }

    [Fact]
    public void SendLimiter_Flood_NeverMoreThan110In60Seconds()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(110, 10, TimeSpan.FromSeconds(60), time);
        var sent = new List<DateTimeOffset>();
        for (var step = 0; step < 3000; step++)
        {
            var heartbeat = step % 7 == 0;
            if (limiter.TryAcquire(heartbeat, out _))
            {
                sent.Add(time.GetUtcNow());
            }

            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var worst = sent.Max(t => sent.Count(u => u >= t && u < t + TimeSpan.FromSeconds(60)));
        Assert.True(worst <= 110, $"{worst} frames in one 60 s window");
        Assert.True(worst < 120);
    }

    [Fact]
    public void SendLimiter_OrdinaryFramesExhausted_HeartbeatStillAllowed()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(110, 10, TimeSpan.FromSeconds(60), time);
        while (limiter.TryAcquire(heartbeat: false, out _))
        {
        }

        Assert.Equal(100, limiter.InWindow);
        Assert.True(limiter.TryAcquire(heartbeat: true, out _));
    }

    [Fact]
    public void SendLimiter_Full_RetryAfterIsWhenOldestFrameLeavesWindow()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(2, 0, TimeSpan.FromSeconds(60), time);
        limiter.TryAcquire(false, out _);
        time.Advance(TimeSpan.FromSeconds(10));
        limiter.TryAcquire(false, out _);

        Assert.False(limiter.TryAcquire(false, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(50), retryAfter);
    }

    [Fact]
    public async Task IdentifyGate_SameBucket_SecondIdentifyWaitsFiveSeconds()
    {
        var time = new FakeTimeProvider();
        using var gate = new GatewayIdentifyGate(new SessionStartLimit(1000, 1000, 0, 1), time);
        await gate.WaitAsync(0, CancellationToken.None);

        var second = gate.WaitAsync(1, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(4999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await second.WaitAsync(Guard.Timeout);
    }

    [Fact]
    public async Task IdentifyGate_DifferentBuckets_IdentifyTogether()
    {
        var time = new FakeTimeProvider();
        using var gate = new GatewayIdentifyGate(new SessionStartLimit(1000, 1000, 0, 2), time);

        await gate.WaitAsync(0, CancellationToken.None);
        var other = gate.WaitAsync(1, CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task IdentifyGate_RemainingZero_WaitsResetAfterThenRefreshes()
    {
        var time = new FakeTimeProvider();
        var refreshed = 0;
        using var gate = new GatewayIdentifyGate(new SessionStartLimit(1000, 0, 10_000, 1), time, _ =>
        {
            refreshed++;
            return Task.FromResult(new SessionStartLimit(1000, 1000, 86_400_000, 1));
        });

        var wait = gate.WaitAsync(0, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(9_999));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await wait.WaitAsync(Guard.Timeout);
        Assert.Equal(1, refreshed);
        Assert.Equal(999, gate.Remaining);
    }

    [Fact]
    public async Task IdentifyGate_BudgetRunsOut_NextIdentifyWaitsForReset()
    {
        var time = new FakeTimeProvider();
        using var gate = new GatewayIdentifyGate(new SessionStartLimit(1000, 1, 60_000, 16), time);
        await gate.WaitAsync(0, CancellationToken.None);

        var next = gate.WaitAsync(1, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.False(next.IsCompleted);
    }

    [Fact]
    public void WithGatewayQuery_BareUrl_AddsVersionAndEncoding()
    {
        Assert.Equal(new Uri("wss://gateway.discord.gg/?v=10&encoding=json"), GatewayPayloads.WithGatewayQuery("wss://gateway.discord.gg"));
    }

    [Fact]
    public void WithGatewayQuery_UrlWithPathAndQuery_KeepsThemWithoutDuplicates()
    {
        Assert.Equal(new Uri("ws://127.0.0.1:5000/resume?x=1&v=10&encoding=json"),
            GatewayPayloads.WithGatewayQuery("ws://127.0.0.1:5000/resume?x=1&v=10"));
    }
}
