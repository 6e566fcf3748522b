using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

public sealed class GatewayIsolationTests
{
    [Fact]
    public async Task Handlers_ThrowingAndSlow_DoNotStallHeartbeatsOrReceive()
    {
        await using var h = new ShardHarness(extraHandlers: [new ThrowingHandler(), new BlockingHandler()]).Start();
        var t = await h.ConnectReadyAsync();
        for (var s = 2; s < 20; s++)
        {
            t.Enqueue(ShardHarness.Dispatch("MESSAGE_CREATE", s));
        }

        await h.BarrierAsync(t);

        for (var i = 0; i < 3; i++)
        {
            h.Time.Advance(i == 0 ? ShardHarness.FirstBeat : ShardHarness.Interval);
            var beat = await t.NextSentAsync(GatewayOpcode.Heartbeat);
            Assert.Equal(19, beat.GetProperty("d").GetInt64());
            await t.DeliverAsync(ShardHarness.Ack());
        }

        Assert.False(t.CloseCalled.Task.IsCompleted);
    }

    [Fact]
    public async Task Handler_Throwing_IsLoggedWithItsName()
    {
        await using var h = new ShardHarness(extraHandlers: [new ThrowingHandler()]).Start();
        await h.ConnectReadyAsync();

        await h.Logs.WaitForAsync(l => l.Contains(nameof(ThrowingHandler), StringComparison.Ordinal) && l.Contains("READY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handler_Slow_IsLoggedWithItsNameAndOthersKeepReceiving()
    {
        await using var h = new ShardHarness(extraHandlers: [new BlockingHandler()]).Start();
        var t = await h.ConnectReadyAsync();
        await t.DeliverAsync(ShardHarness.Dispatch("MESSAGE_CREATE", 2));
        await h.Handler.WaitForAsync("MESSAGE_CREATE");

        h.Time.Advance(TimeSpan.FromSeconds(2));

        await h.Logs.WaitForAsync(l => l.Contains(nameof(BlockingHandler), StringComparison.Ordinal) && l.Contains("still running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_IdentifyAndResume_NeverContainTheToken()
    {
        await using var h = new ShardHarness().Start();
        var t = await h.ConnectReadyAsync();
        await t.DeliverAsync("""{"op":7,"d":null}""");
        var t2 = await h.Transports.NextAsync();
        await t2.DeliverAsync(ShardHarness.Hello());
        var resume = await t2.NextSentAsync(GatewayOpcode.Resume);
        await t2.DeliverAsync(ShardHarness.Resumed(1));
        t2.CloseFromServer(4004);
        await Assert.ThrowsAsync<DiscordFatalException>(() => h.Run.WaitAsync(Guard.Timeout));

        Assert.Equal(ShardHarness.Token, resume.GetProperty("d").GetProperty("token").GetString());
        Assert.Contains(h.Logs.Lines, l => l.Contains("[redacted]", StringComparison.Ordinal) && l.Contains("Identify", StringComparison.Ordinal));
        Assert.Contains(h.Logs.Lines, l => l.Contains("[redacted]", StringComparison.Ordinal) && l.Contains("Resume", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains(ShardHarness.Token, StringComparison.Ordinal));
    }
}
