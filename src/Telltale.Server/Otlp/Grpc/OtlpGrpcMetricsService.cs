using Grpc.Core;
using Telltale.Otlp.Proto.Collector.Metrics;

namespace Telltale.Server.Otlp.Grpc;

public sealed class OtlpGrpcMetricsService(GrpcIngest ingest) : MetricsService.MetricsServiceBase
{
    public override async Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        var o = await ingest.RunAsync(context, (pipeline, project) => pipeline.ExportMetricsAsync(project, request));
        return new ExportMetricsServiceResponse { PartialSuccess = o.Rejected == 0 ? null : new() { RejectedDataPoints = o.Rejected, ErrorMessage = o.ErrorMessage } };
    }
}
