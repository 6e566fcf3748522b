using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TriviaBot.Discord.Gateway;

/// <summary>Carries dispatches from the receive path to the <see cref="IGatewayDispatchHandler"/>s: each handler has
/// its own queue and worker, so a slow or throwing handler delays only itself, never the receive or heartbeat loop
/// nor the other handlers. Each handler sees dispatches in receipt order.</summary>
public sealed class GatewayDispatchPump
{
    private readonly Worker[] _workers;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _slowThreshold;

    /// <summary>Creates the pump; <paramref name="slowThreshold"/> is when a still-running handler gets a warning.</summary>
    public GatewayDispatchPump(IEnumerable<IGatewayDispatchHandler> handlers, ILogger<GatewayDispatchPump> logger,
        TimeProvider timeProvider, TimeSpan? slowThreshold = null)
    {
        _workers = handlers.Select(h => new Worker(h)).ToArray();
        _logger = logger;
        _timeProvider = timeProvider;
        _slowThreshold = slowThreshold ?? TimeSpan.FromSeconds(2);
    }

    /// <summary>Queues a dispatch for every handler; never blocks.</summary>
    public void Post(GatewayDispatch dispatch)
    {
        foreach (var worker in _workers)
        {
            worker.Queue.Writer.TryWrite(dispatch);
        }
    }

    /// <summary>Dispatches waiting, summed over handlers (a growing number means a handler is too slow).</summary>
    public int Backlog => _workers.Sum(w => w.Queue.Reader.Count);

    /// <summary>Runs the workers until <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_workers.Select(w => Task.Run(() => RunWorkerAsync(w, cancellationToken), CancellationToken.None)));

    private async Task RunWorkerAsync(Worker worker, CancellationToken cancellationToken)
    {
        var name = worker.Handler.GetType().Name;
        try
        {
            await foreach (var dispatch in worker.Queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await InvokeAsync(worker.Handler, name, dispatch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private async Task InvokeAsync(IGatewayDispatchHandler handler, string name, GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        try
        {
            var task = handler.HandleAsync(dispatch, cancellationToken);
            if (!task.IsCompleted)
            {
                using var slowCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var slow = Task.Delay(_slowThreshold, _timeProvider, slowCts.Token);
                var first = await Task.WhenAny(task, slow).ConfigureAwait(false);
                await slowCts.CancelAsync().ConfigureAwait(false);
                if (first == slow && !task.IsCompleted)
                {
                    _logger.LogWarning("Dispatch handler {Handler} is still running {Event} (seq {Sequence}, shard {ShardId}) after {Threshold}",
                        name, dispatch.Type, dispatch.Sequence, dispatch.ShardId, _slowThreshold);
                }
            }

            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Dispatch handler {Handler} failed on {Event} (seq {Sequence}, shard {ShardId})",
                name, dispatch.Type, dispatch.Sequence, dispatch.ShardId);
        }
    }

    private sealed class Worker(IGatewayDispatchHandler handler)
    {
        public IGatewayDispatchHandler Handler { get; } = handler;
        public Channel<GatewayDispatch> Queue { get; } = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });
    }
}
