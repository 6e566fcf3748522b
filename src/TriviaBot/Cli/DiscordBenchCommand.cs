using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Gateway;
using TriviaBot.Discord.Hosting;
using TriviaBot.Discord.Interactions;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Cli;

/// `bench-discord [--interactions N] [--concurrency C]`: our Discord client against the local Discord-faithful
/// server, both in this process, over real loopback sockets. N slash commands are pushed as fast as the bot
/// answers them with a trivial reply; latency is from the server sending INTERACTION_CREATE to receiving the
/// callback. Allocations are the whole process's (client and server) per interaction.
public static class DiscordBenchCommand
{
    private sealed class TrivialReply : IInteractionHandler
    {
        public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
            context.RespondAsync("ok", ephemeral: true, cancellationToken);
    }

    public static async Task<int> RunAsync(int interactions, int concurrency, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (interactions < 1 || concurrency < 1)
        {
            stderr.WriteLine("bench-discord: --interactions and --concurrency must be at least 1.");
            return 2;
        }

        var heartbeat = TimeSpan.FromSeconds(1);
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions
        {
            HeartbeatInterval = heartbeat,
            WaitForBotResponse = TimeSpan.FromSeconds(10),
            // Keep the server's own memory out of the measurement: the recorder's entries live just long enough to be
            // promoted and then die in gen2, which is what forced the blocking gen2 collections behind the bench's
            // worst latencies. 1,000 still covers a whole warm-up burst.
            RecordingLimit = 1_000,
        }, ct);

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Token,
            ["Discord:ApiBaseUrl"] = server.RestBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IInteractionHandler, TrivialReply>();
        services.AddDiscord();
        await using var provider = services.BuildServiceProvider();
        var gateway = provider.GetRequiredService<GatewayClient>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = gateway.RunAsync(stop.Token);
        while (gateway.GetStatus() is not [{ State: GatewayShardState.Ready }])
        {
            if (run.IsCompleted)
            {
                await run;
                stderr.WriteLine("bench-discord: the gateway stopped before READY.");
                return 1;
            }

            await Task.Delay(20, ct);
        }

        await PushAsync(server, Math.Min(1000, interactions), concurrency, null, ct); // warm-up: JIT, pools, buckets
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var pauseBefore = GC.GetTotalPauseDuration();
        var latencies = new double[interactions];
        var start = Stopwatch.GetTimestamp();
        using var sampling = new CancellationTokenSource();
        var worstAck = SampleHeartbeatLatencyAsync(gateway, sampling.Token);
        var timedOut = await PushAsync(server, interactions, concurrency, latencies, ct);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // GC.CollectionCount(n) counts collections of generation n or higher; reported per generation collected.
        var gen2 = GC.CollectionCount(2) - collectionsBefore[2];
        var gen1 = GC.CollectionCount(1) - collectionsBefore[1] - gen2;
        var gen0 = GC.CollectionCount(0) - collectionsBefore[0] - gen1 - gen2;
        var gcPause = GC.GetTotalPauseDuration() - pauseBefore;
        await sampling.CancelAsync();
        var maxAckMs = await worstAck;
        await stop.CancelAsync();
        await run;

        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        using var process = Process.GetCurrentProcess();
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"heartbeat_interval_ms={heartbeat.TotalMilliseconds:0} max_heartbeat_ack_ms={maxAckMs:0.0} reconnects={gateway.GetStatus()[0].Reconnects} timed_out={timedOut} gc_gen0={gen0} gc_gen1={gen1} gc_gen2={gen2} gc_pause_ms={gcPause.TotalMilliseconds:0}"));
        stdout.WriteLine(string.Create(inv,
            $"interactions={interactions} concurrency={concurrency} seconds={seconds:0.000} per_s={interactions / seconds:0} p50_ms={P(0.50):0.000} p99_ms={P(0.99):0.000} max_ms={latencies[^1]:0.000} alloc_kb_per_interaction={allocated / 1024.0 / interactions:0.0} peak_mb={process.PeakWorkingSet64 / 1048576.0:0}"));
        return timedOut == 0 ? 0 : 1;
    }

    private static async Task<int> PushAsync(LocalDiscordServer server, int count, int concurrency, double[]? latencies, CancellationToken ct)
    {
        var next = -1;
        var timedOut = 0;
        var users = Enumerable.Range(1, 100).Select(i => "user-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var t0 = Stopwatch.GetTimestamp();
                var outcome = await server.InvokeCommandAsync(users[i % users.Length], server.ChannelId, "bench", ct: ct);
                if (latencies is not null)
                {
                    latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }

                if (outcome.Status != "responded")
                {
                    Interlocked.Increment(ref timedOut);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker, ct)));
        return timedOut;
    }

    /// The worst heartbeat round trip the shard reported while the burst ran.
    private static async Task<double> SampleHeartbeatLatencyAsync(GatewayClient gateway, CancellationToken ct)
    {
        var worst = 0.0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var status in gateway.GetStatus())
                {
                    worst = Math.Max(worst, status.HeartbeatLatency?.TotalMilliseconds ?? 0);
                }

                await Task.Delay(50, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The burst is over.
        }

        return worst;
    }
}
