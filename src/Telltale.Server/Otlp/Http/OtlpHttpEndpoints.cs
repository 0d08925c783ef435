using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Telltale.Core.Projects;
using Telltale.Ingestion.Pipeline;
using Telltale.Ingestion.Writing;
using Telltale.Otlp;
using Telltale.Otlp.Json;
using Telltale.Otlp.Proto.Collector.Logs;
using Telltale.Otlp.Proto.Collector.Metrics;
using Telltale.Otlp.Proto.Collector.Trace;
using Telltale.Server.Auth;
using Telltale.Server.Configuration;

namespace Telltale.Server.Otlp.Http;

/// <summary>
/// The OTLP/HTTP adapter: POST /v1/traces, /v1/logs, /v1/metrics in protobuf or JSON, optionally compressed. It only
/// decodes and answers; the shared <see cref="IngestPipeline"/> does the work, exactly as for gRPC.
/// </summary>
public static class OtlpHttpEndpoints
{
    public static void MapOtlpHttp(this IEndpointRouteBuilder app)
    {
        Map(app, "/v1/traces", ExportTraceServiceRequest.Parser, (p, project, r) => p.ExportTracesAsync(project, r),
            o => new ExportTraceServiceResponse { PartialSuccess = o.Rejected == 0 ? null : new() { RejectedSpans = o.Rejected, ErrorMessage = o.ErrorMessage } });
        Map(app, "/v1/logs", ExportLogsServiceRequest.Parser, (p, project, r) => p.ExportLogsAsync(project, r),
            o => new ExportLogsServiceResponse { PartialSuccess = o.Rejected == 0 ? null : new() { RejectedLogRecords = o.Rejected, ErrorMessage = o.ErrorMessage } });
        Map(app, "/v1/metrics", ExportMetricsServiceRequest.Parser, (p, project, r) => p.ExportMetricsAsync(project, r),
            o => new ExportMetricsServiceResponse { PartialSuccess = o.Rejected == 0 ? null : new() { RejectedDataPoints = o.Rejected, ErrorMessage = o.ErrorMessage } });
    }

    private static void Map<TRequest>(IEndpointRouteBuilder app, string path, MessageParser<TRequest> parser,
        Func<IngestPipeline, string, TRequest, Task<IngestOutcome>> export, Func<IngestOutcome, IMessage> respond)
        where TRequest : IMessage<TRequest>, new()
    {
        app.MapPost(path, (HttpContext http) => HandleAsync(http, parser, export, respond))
            .RequireApiScope(ApiScope.Ingest)
            .WithMetadata(OtlpEndpointMarker.Instance)
            .ExcludeFromDescription();
    }

    private static async Task HandleAsync<TRequest>(HttpContext http, MessageParser<TRequest> parser,
        Func<IngestPipeline, string, TRequest, Task<IngestOutcome>> export, Func<IngestOutcome, IMessage> respond)
        where TRequest : IMessage<TRequest>, new()
    {
        var metrics = http.RequestServices.GetRequiredService<IngestMetrics>();
        var encoding = OtlpContentType.Parse(http.Request.ContentType);
        if (encoding is null)
        {
            metrics.Request("http", "unsupported_media_type");
            await OtlpHttpResponses.WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType,
                $"Unsupported Content-Type '{http.Request.ContentType}'; use {OtlpContentType.Protobuf} or {OtlpContentType.Json}.");
            return;
        }

        // Our own limit applies after decompression; Kestrel's default would cut compressed bodies at a different size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = null;
        var options = http.RequestServices.GetRequiredService<IOptions<TelltaleOptions>>().Value;
        var principal = (RequestPrincipal)http.Items[typeof(RequestPrincipal)]!;

        try
        {
            TRequest request;
            using (var body = await OtlpRequestBody.ReadAsync(http.Request, options.Ingest.MaxBodyBytes, http.RequestAborted))
                request = encoding == OtlpEncoding.Json ? OtlpJsonParser.Parse<TRequest>(body.Span) : parser.ParseFrom(body.Span);

            var outcome = await export(http.RequestServices.GetRequiredService<IngestPipeline>(), principal.ProjectId, request);
            metrics.Request("http", outcome.Rejected == 0 ? "ok" : "partial");
            await OtlpHttpResponses.WriteMessageAsync(http, respond(outcome), encoding.Value);
        }
        catch (BodyTooLargeException ex)
        {
            await Fail(http, metrics, "too_large", StatusCodes.Status413PayloadTooLarge, ex.Message);
        }
        catch (UnsupportedEncodingException ex)
        {
            await Fail(http, metrics, "unsupported_media_type", StatusCodes.Status415UnsupportedMediaType, ex.Message);
        }
        catch (Exception ex) when (ex is CorruptBodyException or OtlpDecodeException)
        {
            await Fail(http, metrics, "bad_request", StatusCodes.Status400BadRequest, ex.Message);
        }
        catch (InvalidProtocolBufferException ex)
        {
            await Fail(http, metrics, "bad_request", StatusCodes.Status400BadRequest, $"The body is not a valid OTLP protobuf message: {ex.Message}");
        }
        catch (WriterSaturatedException ex)
        {
            await Fail(http, metrics, "saturated", StatusCodes.Status503ServiceUnavailable, ex.Message, ex.RetryAfter);
        }
        catch (WriterUnavailableException ex)
        {
            await Fail(http, metrics, "unavailable", StatusCodes.Status503ServiceUnavailable, ex.Message, TimeSpan.FromSeconds(options.Ingest.RetryAfterSeconds));
        }
    }

    private static Task Fail(HttpContext http, IngestMetrics metrics, string outcome, int status, string message, TimeSpan? retryAfter = null)
    {
        metrics.Request("http", outcome);
        return OtlpHttpResponses.WriteErrorAsync(http, status, message, retryAfter);
    }
}
