using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

/// <summary>Real-time guard for awaits that must complete; a failure here is a bug, not a slow machine.</summary>
internal static class Guard
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}

/// <summary>A hand-written transport the test scripts: frames go in with <see cref="DeliverAsync"/>, what the
/// client sent comes out of <see cref="NextSentAsync"/>.</summary>
internal sealed class ScriptedTransport(TimeProvider time) : IGatewayTransport
{
    private readonly Channel<object> _inbound = Channel.CreateUnbounded<object>();
    private readonly Channel<JsonElement> _sent = Channel.CreateUnbounded<JsonElement>();
    private readonly Lock _lock = new();
    private readonly List<(int Threshold, TaskCompletionSource Tcs)> _receiveWaiters = [];
    private int _receiveCalls;
    private int _delivered;

    public Uri? Uri { get; private set; }
    public Exception? ConnectFailure { get; set; }
    public bool AnswerClose { get; set; } = true;
    public TaskCompletionSource Connected { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource<int> CloseCalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Aborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public ConcurrentQueue<(JsonElement Frame, DateTimeOffset At)> SentLog { get; } = new();

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        Uri = uri;
        if (ConnectFailure is { } failure)
        {
            return Task.FromException(failure);
        }

        Connected.TrySetResult();
        return Task.CompletedTask;
    }

    public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var element = JsonDocument.Parse(message).RootElement.Clone();
        SentLog.Enqueue((element, time.GetUtcNow()));
        _sent.Writer.TryWrite(element);
        return Task.CompletedTask;
    }

    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _receiveCalls++;
            foreach (var waiter in _receiveWaiters.Where(w => w.Threshold <= _receiveCalls).ToList())
            {
                waiter.Tcs.TrySetResult();
                _receiveWaiters.Remove(waiter);
            }
        }

        var next = await _inbound.Reader.ReadAsync(cancellationToken);
        return next switch
        {
            Exception ex => throw ex,
            GatewayReceiveResult r => r,
            _ => throw new InvalidOperationException(),
        };
    }

    public Task CloseAsync(int closeCode, string? reason, CancellationToken cancellationToken)
    {
        CloseCalled.TrySetResult(closeCode);
        return AnswerClose ? Task.CompletedTask : new TaskCompletionSource().Task;
    }

    public void Abort() => Aborted.TrySetResult();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Queues a frame without waiting.</summary>
    public void Enqueue(string json)
    {
        Interlocked.Increment(ref _delivered);
        _inbound.Writer.TryWrite(GatewayReceiveResult.Text(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>Queues a frame and returns once the client asked for the next one, i.e. once this frame's event is
    /// queued in the shard ahead of anything a timer posts later.</summary>
    public Task DeliverAsync(string json)
    {
        Enqueue(json);
        return WaitForReceiveCallsAsync(Volatile.Read(ref _delivered) + 1);
    }

    public void CloseFromServer(int? code, string reason = "")
    {
        Interlocked.Increment(ref _delivered);
        _inbound.Writer.TryWrite(GatewayReceiveResult.Closed(code, reason));
    }

    public void Drop()
    {
        Interlocked.Increment(ref _delivered);
        _inbound.Writer.TryWrite(new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "dropped"));
    }

    private Task WaitForReceiveCallsAsync(int threshold)
    {
        lock (_lock)
        {
            if (_receiveCalls >= threshold)
            {
                return Task.CompletedTask;
            }

            var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _receiveWaiters.Add((threshold, tcs));
            return tcs.Task.WaitAsync(Guard.Timeout);
        }
    }

    public Task<JsonElement> NextSentAsync() => _sent.Reader.ReadAsync().AsTask().WaitAsync(Guard.Timeout);

    /// <summary>The next frame with this opcode, skipping others (e.g. heartbeats).</summary>
    public async Task<JsonElement> NextSentAsync(int opcode)
    {
        while (true)
        {
            var frame = await NextSentAsync();
            if (frame.GetProperty("op").GetInt32() == opcode)
            {
                return frame;
            }
        }
    }

    public bool TryTakeSent(out JsonElement frame) => _sent.Reader.TryRead(out frame);

    public int SentCount(int opcode) => SentLog.Count(f => f.Frame.GetProperty("op").GetInt32() == opcode);
}

internal sealed class ScriptedTransportFactory(TimeProvider time) : IGatewayTransportFactory
{
    private readonly Channel<ScriptedTransport> _created = Channel.CreateUnbounded<ScriptedTransport>();
    private int _count;

    /// <summary>Number of upcoming transports whose connect fails.</summary>
    public int FailNextConnects { get; set; }

    public int Count => Volatile.Read(ref _count);

    public IGatewayTransport Create()
    {
        var transport = new ScriptedTransport(time);
        if (FailNextConnects > 0)
        {
            FailNextConnects--;
            transport.ConnectFailure = new WebSocketException(WebSocketError.Faulted, "network unreachable");
        }

        Interlocked.Increment(ref _count);
        _created.Writer.TryWrite(transport);
        return transport;
    }

    /// <summary>The next transport, once the shard called ConnectAsync on it.</summary>
    public async Task<ScriptedTransport> NextAsync()
    {
        var transport = await _created.Reader.ReadAsync().AsTask().WaitAsync(Guard.Timeout);
        if (transport.ConnectFailure is null)
        {
            await transport.Connected.Task.WaitAsync(Guard.Timeout);
        }

        return transport;
    }
}

/// <summary>Returns a fixed value, so jitter is predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}

internal sealed class ImmediateIdentifyGate : IGatewayIdentifyGate
{
    public int Calls;

    public Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        return Task.CompletedTask;
    }
}

internal sealed class RecordingReconnectPolicy(TimeSpan delay) : IGatewayReconnectPolicy
{
    public ConcurrentQueue<int> Attempts { get; } = new();

    public TimeSpan GetDelay(int attempt)
    {
        Attempts.Enqueue(attempt);
        return delay;
    }
}

internal sealed class RecordingHandler : IGatewayDispatchHandler
{
    private readonly Channel<GatewayDispatch> _seen = Channel.CreateUnbounded<GatewayDispatch>();

    public ConcurrentQueue<GatewayDispatch> All { get; } = new();

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        All.Enqueue(dispatch);
        _seen.Writer.TryWrite(dispatch);
        return Task.CompletedTask;
    }

    public async Task<GatewayDispatch> WaitForAsync(string type)
    {
        while (true)
        {
            var d = await _seen.Reader.ReadAsync().AsTask().WaitAsync(Guard.Timeout);
            if (d.Type == type)
            {
                return d;
            }
        }
    }
}

internal sealed class ThrowingHandler : IGatewayDispatchHandler
{
    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("handler bug");
}

internal sealed class BlockingHandler : IGatewayDispatchHandler
{
    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);
}

/// <summary>Captures every log line: message, exception and structured values.</summary>
internal sealed class LogSink : ILoggerFactory, ILoggerProvider
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public async Task WaitForAsync(Func<string, bool> predicate)
    {
        if (Lines.Any(predicate))
        {
            return;
        }

        while (true)
        {
            var line = await _lines.Reader.ReadAsync().AsTask().WaitAsync(Guard.Timeout);
            if (predicate(line))
            {
                return;
            }
        }
    }

    private void Write(string line)
    {
        Lines.Enqueue(line);
        _lines.Writer.TryWrite(line);
    }

    private sealed class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(";", kv.Select(p => $"{p.Key}={p.Value}")) : "";
            sink.Write($"{logLevel} {category}: {formatter(state, exception)} | {values} | {exception}");
        }
    }
}
