using Google.Protobuf;
using Telltale.Otlp.Json;
using RpcStatus = Telltale.Otlp.Proto.Rpc.Status;

namespace Telltale.Server.Otlp.Http;

/// <summary>Writes OTLP/HTTP responses: the Export*ServiceResponse on success, a google.rpc.Status on failure,
/// in the encoding the client used (protobuf unless it sent JSON).</summary>
public static class OtlpHttpResponses
{
    public static async Task WriteMessageAsync(HttpContext http, IMessage message, OtlpEncoding encoding)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        await WriteAsync(http, message, encoding);
    }

    public static async Task WriteErrorAsync(HttpContext http, int statusCode, string message, TimeSpan? retryAfter = null)
    {
        http.Response.StatusCode = statusCode;
        if (retryAfter is { } wait) http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
        var encoding = OtlpContentType.Parse(http.Request.ContentType) ?? OtlpEncoding.Json;
        await WriteAsync(http, new RpcStatus { Code = GrpcCodeFor(statusCode), Message = message }, encoding);
    }

    private static async Task WriteAsync(HttpContext http, IMessage message, OtlpEncoding encoding)
    {
        http.Response.ContentType = OtlpContentType.Of(encoding);
        if (encoding == OtlpEncoding.Json)
            await http.Response.WriteAsync(OtlpJsonWriter.Format(message), http.RequestAborted);
        else
            await http.Response.Body.WriteAsync(message.ToByteArray(), http.RequestAborted);
    }

    /// <summary>The google.rpc.Code matching an HTTP status, as gRPC-HTTP mappings do.</summary>
    private static int GrpcCodeFor(int status) => status switch
    {
        400 => 3,  // INVALID_ARGUMENT
        401 => 16, // UNAUTHENTICATED
        403 => 7,  // PERMISSION_DENIED
        413 => 8,  // RESOURCE_EXHAUSTED
        415 => 3,
        429 => 8,
        503 => 14, // UNAVAILABLE
        _ => 2,    // UNKNOWN
    };
}
