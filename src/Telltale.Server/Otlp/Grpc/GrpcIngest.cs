using Grpc.Core;
using Telltale.Core.Projects;
using Telltale.Ingestion.Pipeline;
using Telltale.Ingestion.Writing;
using Telltale.Server.Auth;

namespace Telltale.Server.Otlp.Grpc;

/// <summary>What the three OTLP gRPC services share: authenticate from the call's metadata, run the pipeline, map
/// failures to the status codes OTLP exporters retry on (UNAVAILABLE) or do not (UNAUTHENTICATED, …).</summary>
public sealed class GrpcIngest(ApiKeyAuthenticator authenticator, IngestPipeline pipeline, IngestMetrics metrics)
{
    public async Task<IngestOutcome> RunAsync(ServerCallContext context, Func<IngestPipeline, string, Task<IngestOutcome>> export)
    {
        var http = context.GetHttpContext();
        var result = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, ApiScope.Ingest, null, context.CancellationToken);
        if (result.Status != AuthStatus.Ok)
        {
            metrics.Request("grpc", result.Status == AuthStatus.Unauthenticated ? "unauthenticated" : "forbidden");
            throw new RpcException(new Status(
                result.Status == AuthStatus.Unauthenticated ? StatusCode.Unauthenticated : StatusCode.PermissionDenied, result.Message!));
        }

        try
        {
            var outcome = await export(pipeline, result.Principal!.ProjectId);
            metrics.Request("grpc", outcome.Rejected == 0 ? "ok" : "partial");
            return outcome;
        }
        catch (WriterSaturatedException ex)
        {
            metrics.Request("grpc", "saturated");
            throw new RpcException(new Status(StatusCode.Unavailable, ex.Message));
        }
        catch (WriterUnavailableException ex)
        {
            metrics.Request("grpc", "unavailable");
            throw new RpcException(new Status(StatusCode.Unavailable, ex.Message));
        }
    }
}
