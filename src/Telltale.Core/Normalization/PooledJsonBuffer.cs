using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Telltale.Core.Normalization;

/// <summary>
/// A per-thread buffer and writer for building JSON text. Normalization writes several small JSON documents per span
/// at tens of thousands of spans per second; reusing the buffer avoids a fresh allocation for each one. The instance is
/// taken out of the slot while in use, so a nested caller on the same thread simply gets a new one.
/// </summary>
internal sealed class PooledJsonBuffer : IDisposable
{
    [ThreadStatic] private static PooledJsonBuffer? t_cached;

    /// <summary>Relaxed escaping: the text is stored and read back as JSON, never embedded in HTML, so escaping
    /// every non-ASCII character would only make it larger and harder to read.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    public Utf8JsonWriter Writer { get; }

    private PooledJsonBuffer() => Writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public static PooledJsonBuffer Rent()
    {
        var rented = t_cached ?? new PooledJsonBuffer();
        t_cached = null;
        return rented;
    }

    public ReadOnlySpan<byte> WrittenUtf8()
    {
        Writer.Flush();
        return _buffer.WrittenSpan;
    }

    public string ToText()
    {
        Writer.Flush();
        return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose()
    {
        // Very large buffers (a huge prompt) are dropped rather than kept alive for the thread's lifetime.
        if (_buffer.Capacity > 1 << 20) return;
        Writer.Reset();
        _buffer.ResetWrittenCount();
        t_cached = this;
    }
}
