using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Interactions;

/// <summary>Turns <c>INTERACTION_CREATE</c> dispatches into <see cref="InteractionContext"/>s for the
/// <see cref="IInteractionHandler"/>: drops redelivered interaction ids (a resume replays dispatches), measures
/// the 3-second window from the dispatch's local receipt, and applies the central failure policy.</summary>
public sealed class InteractionDispatcher(IInteractionHandler handler, DiscordRestClient rest, TimeProvider time, ILogger<InteractionDispatcher> logger)
    : IGatewayDispatchHandler
{
    private readonly InteractionDeduplicator _seen = new(time);
    private readonly ConcurrentDictionary<ulong, Task> _inFlight = new();

    /// <summary>Interactions being handled right now.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>Waits (up to <paramref name="timeout"/>) for the interactions in flight to finish, so a graceful
    /// shutdown still answers what it has started.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        var pending = _inFlight.Values.ToArray();
        if (pending.Length > 0)
        {
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(timeout, time)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (dispatch.Type != "INTERACTION_CREATE")
        {
            return Task.CompletedTask;
        }

        Interaction interaction;
        try
        {
            interaction = Interaction.Parse(dispatch.Data);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            logger.LogWarning("Unparseable INTERACTION_CREATE on shard {ShardId} (seq {Sequence}): {Error}", dispatch.ShardId, dispatch.Sequence, ex.Message);
            return Task.CompletedTask;
        }

        Run(interaction, dispatch.ReceivedTimestamp, null, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>The HTTP endpoint's entry: the same dedupe, deadline and failure policy as a gateway dispatch, with the
    /// initial response allowed to travel back inline. Null when the interaction is not run (a redelivery, or too late).</summary>
    internal Task? Run(Interaction interaction, long receivedTimestamp, InlineResponseSlot? inline, CancellationToken cancellationToken)
    {
        if (!_seen.TryAdd(interaction.Id))
        {
            logger.LogDebug("Dropping redelivered interaction {InteractionId}", interaction.Id);
            return null;
        }

        var elapsed = time.GetElapsedTime(receivedTimestamp);
        if (elapsed >= InteractionContext.InitialResponseWindow)
        {
            logger.LogWarning("Interaction {InteractionId} reached the handler {Elapsed} after receipt; too late to respond", interaction.Id, elapsed);
            return null;
        }

        // Interactions run side by side: the gateway hands this handler one dispatch at a time, and one slow
        // answer must not hold up the next user's 3-second window. The executor logs every failure itself.
        var context = new InteractionContext(interaction, rest, time, receivedTimestamp, inline, logger);
        var id = interaction.Id;
        var task = InteractionExecutor.RunAsync(context, handler, logger, cancellationToken);
        if (!task.IsCompleted)
        {
            _inFlight[id] = task;
            _ = task.ContinueWith(_ => _inFlight.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return task;
    }
}

/// <summary>Remembers recently seen interaction ids, bounded in count and age.</summary>
internal sealed class InteractionDeduplicator(TimeProvider time, int capacity = 10_000, TimeSpan? maxAge = null)
{
    private readonly TimeSpan _maxAge = maxAge ?? TimeSpan.FromMinutes(15);
    private readonly Lock _gate = new();
    private readonly HashSet<ulong> _ids = [];
    private readonly Queue<(ulong Id, long At)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ids.Count;
            }
        }
    }

    public bool TryAdd(ulong id)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            while (_order.Count > 0 && (_order.Count >= capacity || time.GetElapsedTime(_order.Peek().At, now) > _maxAge))
            {
                _ids.Remove(_order.Dequeue().Id);
            }

            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue((id, now));
            return true;
        }
    }
}
