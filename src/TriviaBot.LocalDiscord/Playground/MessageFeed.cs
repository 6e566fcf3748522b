using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace TriviaBot.LocalDiscord;

/// <summary>One change a watcher of the server can see: a message created, edited or deleted, or an interaction's callback.</summary>
/// <param name="Kind">MESSAGE_CREATE, MESSAGE_UPDATE, MESSAGE_DELETE or INTERACTION_CALLBACK.</param>
/// <param name="ChannelId">The channel it happened in.</param>
/// <param name="Data">The message as GET returns it; for a delete {id, channel_id}; for a callback {interaction_id, user_id, response}.</param>
/// <param name="VisibleTo">The only user who may see it (ephemeral messages, callbacks), or null for everyone.</param>
public sealed record FeedEvent(string Kind, string ChannelId, JsonObject Data, string? VisibleTo);

/// <summary>
/// Fans the server's message changes out to live watchers (the playground page's event stream). Publishing never
/// blocks the REST or gateway paths: each watcher has a bounded queue and a watcher that falls far behind loses the
/// oldest events, not the server's time. With no watcher, publishing costs one field read.
/// </summary>
public sealed class MessageFeed
{
    private readonly Lock _gate = new();
    private readonly List<FeedSubscription> _watchers = [];
    private volatile int _count;

    /// <summary>Starts watching: every event from now on lands in the subscription until it is disposed.</summary>
    public FeedSubscription Subscribe()
    {
        var subscription = new FeedSubscription(this);
        lock (_gate)
        {
            _watchers.Add(subscription);
            _count = _watchers.Count;
        }
        return subscription;
    }

    internal void Unsubscribe(FeedSubscription subscription)
    {
        lock (_gate)
        {
            _watchers.Remove(subscription);
            _count = _watchers.Count;
        }
    }

    internal void Publish(FeedEvent e)
    {
        FeedSubscription[] watchers;
        lock (_gate)
        {
            watchers = [.. _watchers];
        }
        foreach (var w in watchers)
        {
            w.Queue.Writer.TryWrite(e);
        }
    }

    /// <summary>Whether anyone watches (so a caller can skip building the event).</summary>
    internal bool HasWatchers => _count > 0;

    internal void MessageCreated(JsonObject message) => PublishMessage("MESSAGE_CREATE", message);

    internal void MessageUpdated(JsonObject message) => PublishMessage("MESSAGE_UPDATE", message);

    internal void MessageDeleted(string channelId, string messageId)
    {
        if (_count > 0)
        {
            Publish(new FeedEvent("MESSAGE_DELETE", channelId, new JsonObject { ["id"] = messageId, ["channel_id"] = channelId }, null));
        }
    }

    internal void InteractionCallback(PendingInteraction pi, string? response)
    {
        if (_count == 0 || response is null)
        {
            return;
        }
        var userId = pi.User.Id;
        Publish(new FeedEvent("INTERACTION_CALLBACK", pi.ChannelId, new JsonObject
        {
            ["interaction_id"] = pi.Id, ["type"] = pi.Type, ["user_id"] = userId, ["response"] = JsonNode.Parse(response),
        }, userId));
    }

    private void PublishMessage(string kind, JsonObject message)
    {
        if (_count == 0)
        {
            return;
        }
        var flags = Validation.Int(message["flags"]) ?? 0;
        // An ephemeral message belongs to the user whose interaction made it, as on Discord.
        var visibleTo = (flags & 64) != 0 ? Validation.Str(message["interaction_metadata"]?["user"]?["id"]) ?? "" : null;
        Publish(new FeedEvent(kind, Validation.Str(message["channel_id"]) ?? "", (JsonObject)message.DeepClone(), visibleTo));
    }
}

/// <summary>A live watch of the <see cref="MessageFeed"/>; dispose to stop.</summary>
public sealed class FeedSubscription : IDisposable
{
    private readonly MessageFeed _feed;

    internal FeedSubscription(MessageFeed feed) => _feed = feed;

    internal Channel<FeedEvent> Queue { get; } = Channel.CreateBounded<FeedEvent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>The events, in the order the server applied them.</summary>
    public ChannelReader<FeedEvent> Events => Queue.Reader;

    public void Dispose() => _feed.Unsubscribe(this);
}
