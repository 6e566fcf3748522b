using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TriviaBot.Discord.Gateway;

/// <summary>
/// Runs this process's shards: reads <c>GET /gateway/bot</c>, picks shard ids and count from
/// <see cref="DiscordOptions"/> (<c>ShardCount</c> 0 = Discord's recommendation, <c>ShardIds</c> empty = all),
/// shares one Identify gate (per-bucket pacing, <c>session_start_limit</c>) and one dispatch pump among them.
/// </summary>
public sealed class GatewayClient(
    IGatewayBotSource botSource,
    IOptions<DiscordOptions> options,
    IEnumerable<IGatewayDispatchHandler> handlers,
    IGatewayTransportFactory transportFactory,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    GatewayShardSettings? settings = null)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<GatewayClient>();
    private volatile GatewayShard[] _shards = [];

    /// <summary>The shards of this process (empty until <see cref="RunAsync"/> has read <c>/gateway/bot</c>).</summary>
    public IReadOnlyList<GatewayShard> Shards => _shards;

    /// <summary>Snapshots of every shard, for logs and diagnostics.</summary>
    public IReadOnlyList<GatewayShardStatus> GetStatus() => _shards.Select(s => s.GetStatus()).ToArray();

    /// <summary>Runs every shard. Completes when <paramref name="cancellationToken"/> is cancelled; faults with
    /// <see cref="DiscordFatalException"/> when any shard meets a fatal close code (the others are stopped), so the
    /// host can exit non-zero.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Token))
        {
            throw new DiscordFatalException("Discord:Token is not configured (set TRIVIABOT_Discord__Token).");
        }

        var token = new DiscordToken(o.Token);
        GatewayBotInfo info;
        try
        {
            info = await botSource.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        var count = o.ShardCount > 0 ? o.ShardCount : Math.Max(1, info.Shards);
        var ids = o.ShardIds.Length == 0 ? Enumerable.Range(0, count).ToArray() : o.ShardIds.Distinct().Order().ToArray();
        var outOfRange = ids.Where(id => id < 0 || id >= count).ToArray();
        if (outOfRange.Length > 0)
        {
            throw new DiscordFatalException(
                $"Discord:ShardIds contains {string.Join(", ", outOfRange)}, outside [0, {count}) for a shard count of {count}.");
        }

        _logger.LogInformation("Gateway: running shards [{ShardIds}] of {ShardCount}; max_concurrency {MaxConcurrency}, identifies remaining {Remaining}",
            string.Join(",", ids), count, info.SessionStartLimit.MaxConcurrency, info.SessionStartLimit.Remaining);

        using var gate = new GatewayIdentifyGate(info.SessionStartLimit, timeProvider,
            async ct => (await botSource.GetGatewayBotAsync(ct).ConfigureAwait(false)).SessionStartLimit,
            loggerFactory.CreateLogger<GatewayIdentifyGate>());
        var pump = new GatewayDispatchPump(handlers, loggerFactory.CreateLogger<GatewayDispatchPump>(), timeProvider);
        var shardSettings = settings ?? new GatewayShardSettings();
        _shards = ids.Select(id => new GatewayShard(id, count, token, o.Intents, info.Url, transportFactory, pump, gate,
            shardSettings, timeProvider, loggerFactory.CreateLogger<GatewayShard>())).ToArray();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pumpTask = pump.RunAsync(stop.Token);
        var running = _shards.Select(s => s.RunAsync(stop.Token)).ToList();
        DiscordFatalException? fatal = null;
        var others = new List<Exception>();
        while (running.Count > 0)
        {
            var done = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(done);
            if (done.Exception?.GetBaseException() is { } ex && fatal is null)
            {
                if (ex is DiscordFatalException f)
                {
                    fatal = f;
                }
                else
                {
                    others.Add(ex);
                    _logger.LogError(ex, "Gateway: a shard stopped unexpectedly");
                }

                // One shard's fatal (bad token, bad intents) is every shard's: stop them all.
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await pumpTask.ConfigureAwait(false);
        if (fatal is not null)
        {
            throw fatal;
        }

        if (others.Count > 0)
        {
            throw new AggregateException(others);
        }
    }
}
