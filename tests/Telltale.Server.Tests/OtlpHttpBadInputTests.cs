using System.IO.Compression;
using System.Net;
using Google.Protobuf;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Server.Tests.Infrastructure;
using RpcStatus = Telltale.Otlp.Proto.Rpc.Status;

namespace Telltale.Server.Tests;

/// <summary>Every malformed request gets a clear status and message, and leaves the store exactly as it was.</summary>
public class OtlpHttpBadInputTests : IAsyncLifetime
{
    private TelltaleTestServer _telltale = null!;

    public async Task InitializeAsync() =>
        _telltale = await TelltaleTestServer.StartAsync(new Dictionary<string, string?> { ["Telltale:Ingest:MaxBodyBytes"] = "65536" });

    public async Task DisposeAsync() => await _telltale.DisposeAsync();

    private Task<HttpResponseMessage> Post(HttpContent content, string path = "/v1/traces") => _telltale.Client.PostAsync(path, content);

    private static async Task<RpcStatus> StatusOf(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/json"
            ? Telltale.Otlp.Json.OtlpJsonParser.Parse<RpcStatus>(await response.Content.ReadAsByteArrayAsync())
            : RpcStatus.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());

    [Fact]
    public async Task Truncated_protobuf_is_400_and_writes_nothing()
    {
        var bytes = OtlpRequests.Traces("svc", OtlpRequests.ChatSpan(), OtlpRequests.ChatSpan()).ToByteArray();
        var content = new ByteArrayContent(bytes[..(bytes.Length - 7)]);
        content.Headers.ContentType = new("application/x-protobuf");

        var response = await Post(content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid OTLP protobuf", (await StatusOf(response)).Message);
        Assert.Equal(0, StoredRows.Count(_telltale, "spans"));
    }

    [Theory]
    [InlineData("{\"resourceSpans\": [", "not valid JSON")]
    [InlineData("{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"not-hex!\", \"spanId\": \"eee19b7ec3c1b174\"}]}]}]}", "hex")]
    [InlineData("{\"resourceSpans\": {\"oops\": 1}}", "OTLP schema")]
    public async Task Invalid_json_is_400_with_a_message_and_writes_nothing(string json, string expected)
    {
        var response = await Post(OtlpRequests.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await StatusOf(response)).Message);
        Assert.Equal(0, StoredRows.Count(_telltale, "spans"));
    }

    [Fact]
    public async Task Spans_with_wrong_ids_are_rejected_one_by_one_as_partial_success()
    {
        var good = OtlpRequests.ChatSpan();
        var shortTrace = OtlpRequests.ChatSpan();
        shortTrace.TraceId = ByteString.CopyFrom(1, 2, 3);
        var zeroSpan = OtlpRequests.ChatSpan();
        zeroSpan.SpanId = ByteString.CopyFrom(new byte[8]);

        var response = await Post(OtlpRequests.Protobuf(OtlpRequests.Traces("svc", good, shortTrace, zeroSpan)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, body.PartialSuccess.RejectedSpans);
        Assert.Contains("trace_id must be 16 bytes", body.PartialSuccess.ErrorMessage);
        Assert.Contains("span_id must not be all zeros", body.PartialSuccess.ErrorMessage);
        Assert.Equal(1, StoredRows.Count(_telltale, "spans"));
    }

    [Fact]
    public async Task A_fully_valid_request_answers_without_partial_success()
    {
        var response = await Post(OtlpRequests.Protobuf(OtlpRequests.Traces("svc", OtlpRequests.ChatSpan())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync()).PartialSuccess);
    }

    [Fact]
    public async Task Oversize_body_is_413_also_when_it_only_grows_past_the_limit_after_gunzip()
    {
        var big = OtlpRequests.Traces("svc", Enumerable.Range(0, 400).Select(_ => OtlpRequests.ChatSpan(userText: new string('x', 400))).ToArray());
        var raw = big.ToByteArray();
        Assert.True(raw.Length > 65536);

        var plain = await Post(OtlpRequests.Protobuf(big));
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.SmallestSize, leaveOpen: true)) zip.Write(raw);
        Assert.True(gz.Length < 65536);
        var compressed = new ByteArrayContent(gz.ToArray());
        compressed.Headers.ContentType = new("application/x-protobuf");
        compressed.Headers.ContentEncoding.Add("gzip");
        var zipped = await Post(compressed);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, plain.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, zipped.StatusCode);
        Assert.Contains("65536 bytes", (await StatusOf(zipped)).Message);
        Assert.Equal(0, StoredRows.Count(_telltale, "spans"));
    }

    [Fact]
    public async Task Gzip_and_deflate_bodies_are_accepted()
    {
        foreach (var encoding in new[] { "gzip", "deflate" })
        {
            var raw = OtlpRequests.Traces("svc", OtlpRequests.ChatSpan()).ToByteArray();
            using var ms = new MemoryStream();
            using (Stream zip = encoding == "gzip" ? new GZipStream(ms, CompressionLevel.Fastest, true) : new ZLibStream(ms, CompressionLevel.Fastest, true))
                zip.Write(raw);
            var content = new ByteArrayContent(ms.ToArray());
            content.Headers.ContentType = new("application/x-protobuf");
            content.Headers.ContentEncoding.Add(encoding);
            Assert.Equal(HttpStatusCode.OK, (await Post(content)).StatusCode);
        }
        Assert.Equal(2, StoredRows.Count(_telltale, "spans"));
    }

    [Fact]
    public async Task Corrupt_gzip_is_400()
    {
        // A complete gzip header followed by a deflate block of the reserved (invalid) type 3.
        var content = new ByteArrayContent([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff]);
        content.Headers.ContentType = new("application/x-protobuf");
        content.Headers.ContentEncoding.Add("gzip");

        var response = await Post(content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("decompressed", (await StatusOf(response)).Message);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Other_content_types_are_415(string contentType)
    {
        var content = new StringContent("{}", System.Text.Encoding.UTF8, contentType);

        var response = await Post(content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/x-protobuf", (await StatusOf(response)).Message);
    }

    [Fact]
    public async Task Unknown_content_encoding_is_415()
    {
        var content = OtlpRequests.Protobuf(OtlpRequests.Traces("svc", OtlpRequests.ChatSpan()));
        content.Headers.ContentEncoding.Add("zstd");

        var response = await Post(content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("zstd", (await StatusOf(response)).Message);
    }

    [Fact]
    public async Task Empty_request_is_success()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(OtlpRequests.Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(OtlpRequests.Protobuf(new ExportTraceServiceRequest()))).StatusCode);
    }
}
