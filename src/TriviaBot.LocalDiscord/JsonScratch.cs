using System.Buffers;
using System.Text.Json;

namespace TriviaBot.LocalDiscord;

/// <summary>A per-thread reusable buffer and writer for JSON written on the hot path (interaction payloads,
/// dispatch frames, stored messages): the result is copied out once, the scratch space is kept.</summary>
internal sealed class JsonScratch : IDisposable
{
    [ThreadStatic]
    private static JsonScratch? _cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    private JsonScratch()
    {
        Writer = new Utf8JsonWriter(_buffer);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>The bytes written so far (flushes the writer).</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenSpan;
        }
    }

    public static JsonScratch Rent()
    {
        var scratch = _cached ?? new JsonScratch();
        _cached = null;
        return scratch;
    }

    public void Dispose()
    {
        Writer.Reset();
        // A rare huge payload should not pin a huge buffer to the thread.
        if (_buffer.Capacity <= 64 * 1024)
        {
            _buffer.ResetWrittenCount();
            _cached = this;
        }
    }
}
