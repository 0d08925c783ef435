using System.Buffers;
using System.IO.Compression;

namespace Telltale.Server.Otlp.Http;

/// <summary>A request body that exceeds the limit (checked after decompression, so a small gzip bomb is caught).</summary>
public sealed class BodyTooLargeException(long limit)
    : Exception($"The request body exceeds the limit of {limit} bytes after decompression; send smaller batches.");

/// <summary>A Content-Encoding Telltale cannot decode.</summary>
public sealed class UnsupportedEncodingException(string encoding)
    : Exception($"Unsupported Content-Encoding '{encoding}'; use gzip, deflate, br or none.");

/// <summary>A body that ended early or failed to decompress.</summary>
public sealed class CorruptBodyException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Reads (and decompresses) a request body into one pooled buffer. Bodies are parsed from that buffer in one go,
/// so the pool saves a large allocation per request on the ingest path.
/// </summary>
public sealed class OtlpRequestBody : IDisposable
{
    private byte[] _buffer;

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    private OtlpRequestBody(int initialSize) => _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public static async Task<OtlpRequestBody> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant();
        var declared = request.ContentLength ?? 0;
        if (declared > limit && encoding is "" or "identity") throw new BodyTooLargeException(limit);

        var initial = (int)Math.Clamp(encoding is "" or "identity" ? declared : declared * 4, 4096, Math.Min(limit, 16 * 1024 * 1024));
        var body = new OtlpRequestBody(initial);
        try
        {
            await using var source = Decode(request.Body, encoding);
            await body.FillAsync(source, limit, ct);
            return body;
        }
        catch (InvalidDataException ex)
        {
            body.Dispose();
            throw new CorruptBodyException($"The body could not be decompressed as '{encoding}': {ex.Message}", ex);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private static Stream Decode(Stream body, string encoding) => encoding switch
    {
        "" or "identity" => body,
        "gzip" or "x-gzip" => new GZipStream(body, CompressionMode.Decompress, leaveOpen: true),
        "deflate" => new ZLibStream(body, CompressionMode.Decompress, leaveOpen: true),
        "br" => new BrotliStream(body, CompressionMode.Decompress, leaveOpen: true),
        _ => throw new UnsupportedEncodingException(encoding),
    };

    private async Task FillAsync(Stream source, long limit, CancellationToken ct)
    {
        while (true)
        {
            if (Length == _buffer.Length) Grow(limit);
            var read = await source.ReadAsync(_buffer.AsMemory(Length), ct);
            if (read == 0) return;
            Length += read;
            if (Length > limit) throw new BodyTooLargeException(limit);
        }
    }

    private void Grow(long limit)
    {
        // One byte past the limit is enough to tell that the limit was exceeded.
        var size = (int)Math.Min((long)_buffer.Length * 2, limit + 1);
        if (size <= _buffer.Length) size = _buffer.Length + 1;
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        Length = 0;
    }
}
