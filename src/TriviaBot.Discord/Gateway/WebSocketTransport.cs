using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace TriviaBot.Discord.Gateway;

/// <summary>Settings of <see cref="WebSocketTransport"/>.</summary>
public sealed class WebSocketTransportOptions
{
    /// <summary>WebSocket ping interval at the protocol level (independent of Discord heartbeats).</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest message accepted from the server; bigger ones fail the connection.</summary>
    public int MaxReceiveMessageBytes { get; init; } = 64 * 1024 * 1024;
}

/// <summary>An <see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>: one send loop (the only writer),
/// reads until <c>EndOfMessage</c> with a size guard, and a bounded close handshake followed by abort.</summary>
public sealed class WebSocketTransport : IGatewayTransport
{
    private readonly ClientWebSocket _socket = new();
    private readonly WebSocketTransportOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Channel<PendingSend> _sends = Channel.CreateUnbounded<PendingSend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _lifetime = new();
    private Task _sendLoop = Task.CompletedTask;
    private byte[] _receiveBuffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

    /// <summary>Creates an unconnected transport.</summary>
    public WebSocketTransport(WebSocketTransportOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new WebSocketTransportOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
    }

    /// <inheritdoc />
    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
        _sendLoop = Task.Run(() => SendLoopAsync(_lifetime.Token), CancellationToken.None);
    }

    /// <inheritdoc />
    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var pending = new PendingSend(message.ToArray(), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_sends.Writer.TryWrite(pending))
        {
            throw new WebSocketException(WebSocketError.InvalidState, "The gateway transport is closed.");
        }

        await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var pending in _sends.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await _socket.SendAsync(pending.Payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    pending.Completion.TrySetResult();
                }
                catch (Exception ex)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposal: fail whatever is still queued below.
        }

        while (_sends.Reader.TryRead(out var left))
        {
            left.Completion.TrySetException(new WebSocketException(WebSocketError.InvalidState, "The gateway transport is closed."));
        }
    }

    /// <inheritdoc />
    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _receiveBuffer.Length)
            {
                if (length >= _options.MaxReceiveMessageBytes)
                {
                    throw new InvalidDataException($"A gateway message exceeded {_options.MaxReceiveMessageBytes} bytes.");
                }

                var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(length * 2, _options.MaxReceiveMessageBytes));
                _receiveBuffer.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_receiveBuffer);
                _receiveBuffer = bigger;
            }

            var result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayReceiveResult.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    throw new InvalidDataException("The gateway sent a binary frame; compression is not negotiated.");
                }

                // The shard queues the message for its event loop, so it needs its own copy; a pooled one, returned
                // by the shard once the frame is handled.
                var copy = ArrayPool<byte>.Shared.Rent(length);
                _receiveBuffer.AsSpan(0, length).CopyTo(copy);
                return GatewayReceiveResult.Rented(copy, length);
            }
        }
    }

    /// <inheritdoc />
    public async Task CloseAsync(int closeCode, string? reason, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived or WebSocketState.CloseSent))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_options.CloseTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            // ClientWebSocket.CloseAsync waits for the server's close frame (it completes an outstanding receive);
            // a cancelled close aborts the socket, so a server that never answers cannot leave us in CLOSING.
            await _socket.CloseAsync((WebSocketCloseStatus)closeCode, reason, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            Abort();
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
        }
    }

    /// <inheritdoc />
    public void Abort() => _socket.Abort();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _sends.Writer.TryComplete();
        await _lifetime.CancelAsync().ConfigureAwait(false);
        try
        {
            await _sendLoop.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The send loop reports failures to its callers; nothing is left to do here.
        }

        _socket.Dispose();
        _lifetime.Dispose();
        ArrayPool<byte>.Shared.Return(_receiveBuffer);
        _receiveBuffer = [];
    }

    private sealed record PendingSend(byte[] Payload, TaskCompletionSource Completion);
}

/// <summary>Creates <see cref="WebSocketTransport"/>s.</summary>
public sealed class WebSocketTransportFactory(WebSocketTransportOptions? options = null, TimeProvider? timeProvider = null) : IGatewayTransportFactory
{
    /// <inheritdoc />
    public IGatewayTransport Create() => new WebSocketTransport(options, timeProvider);
}
