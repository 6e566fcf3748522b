using System.Text.Json;

namespace TriviaBot.Discord;

/// <summary>Where the gateway client learns its URL, recommended shard count and Identify budget
/// (<c>GET /gateway/bot</c>); the REST client implements it, tests fake it.</summary>
public interface IGatewayBotSource
{
    /// <summary>Calls <c>GET /gateway/bot</c>.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}

/// <summary>An op 0 dispatch as received: the shard, event name <c>t</c>, sequence <c>s</c>, payload <c>d</c>
/// (owned by the receiver; clone it to keep it), and the monotonic timestamp of local receipt
/// (<see cref="TimeProvider.GetTimestamp"/>) from which deadlines such as the 3-second interaction window count.</summary>
public sealed record GatewayDispatch(int ShardId, string Type, long Sequence, JsonElement Data, long ReceivedTimestamp);

/// <summary>Receives dispatches off the gateway's receive and heartbeat path; a throwing or slow handler is
/// logged and never stalls the connection.</summary>
public interface IGatewayDispatchHandler
{
    /// <summary>Handles one dispatch.</summary>
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
