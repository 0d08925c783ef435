using Grpc.Core;
using Telltale.Otlp.Proto.Collector.Trace;

namespace Telltale.Server.Otlp.Grpc;

public sealed class OtlpGrpcTraceService(GrpcIngest ingest) : TraceService.TraceServiceBase
{
    public override async Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        var o = await ingest.RunAsync(context, (pipeline, project) => pipeline.ExportTracesAsync(project, request));
        return new ExportTraceServiceResponse { PartialSuccess = o.Rejected == 0 ? null : new() { RejectedSpans = o.Rejected, ErrorMessage = o.ErrorMessage } };
    }
}
