namespace TriviaBot.Discord.Gateway;

/// <summary>What one <see cref="IGatewayTransport.ReceiveAsync"/> produced: a whole text message, or the peer's
/// close frame (code and reason; code is null when the close frame carried none).</summary>
public sealed class GatewayReceiveResult
{
    private GatewayReceiveResult(ReadOnlyMemory<byte> message, bool isClose, int? closeCode, string? closeReason)
    {
        Message = message;
        IsClose = isClose;
        CloseCode = closeCode;
        CloseReason = closeReason;
    }

    /// <summary>The UTF-8 JSON text of a whole message (empty for a close).</summary>
    public ReadOnlyMemory<byte> Message { get; }

    /// <summary>True when the peer sent a close frame.</summary>
    public bool IsClose { get; }

    /// <summary>The peer's close code, if any.</summary>
    public int? CloseCode { get; }

    /// <summary>The peer's close reason, if any.</summary>
    public string? CloseReason { get; }

    /// <summary>A whole text message.</summary>
    public static GatewayReceiveResult Text(ReadOnlyMemory<byte> message) => new(message, false, null, null);

    /// <summary>A whole text message in the first <paramref name="length"/> bytes of an array rented from
    /// <see cref="System.Buffers.ArrayPool{T}.Shared"/>; the consumer returns it once the frame is handled.</summary>
    internal static GatewayReceiveResult Rented(byte[] array, int length) => new(array.AsMemory(0, length), false, null, null) { PooledArray = array };

    /// <summary>The pooled array behind <see cref="Message"/>, if any.</summary>
    internal byte[]? PooledArray { get; private init; }

    /// <summary>A close frame from the peer.</summary>
    public static GatewayReceiveResult Closed(int? code, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, code, reason);
}

/// <summary>The seam between the gateway protocol and the socket: one connection, used once. Implementations allow
/// one <see cref="ReceiveAsync"/> at a time and serialise sends themselves (one writer). A dropped connection
/// surfaces as an exception from <see cref="ReceiveAsync"/>.</summary>
public interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>Opens the connection.</summary>
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one whole text message.</summary>
    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>Receives one whole text message or the peer's close frame.</summary>
    Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Starts the close handshake with <paramref name="closeCode"/> and waits for the peer's answer; the
    /// caller bounds the wait with <paramref name="cancellationToken"/> and calls <see cref="Abort"/> when it expires.</summary>
    Task CloseAsync(int closeCode, string? reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once, without a handshake.</summary>
    void Abort();
}

/// <summary>Creates a fresh <see cref="IGatewayTransport"/> per connection attempt (tests script frames with it).</summary>
public interface IGatewayTransportFactory
{
    /// <summary>A new, unconnected transport.</summary>
    IGatewayTransport Create();
}
