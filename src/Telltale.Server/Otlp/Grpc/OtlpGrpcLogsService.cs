using Grpc.Core;
using Telltale.Otlp.Proto.Collector.Logs;

namespace Telltale.Server.Otlp.Grpc;

public sealed class OtlpGrpcLogsService(GrpcIngest ingest) : LogsService.LogsServiceBase
{
    public override async Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        var o = await ingest.RunAsync(context, (pipeline, project) => pipeline.ExportLogsAsync(project, request));
        return new ExportLogsServiceResponse { PartialSuccess = o.Rejected == 0 ? null : new() { RejectedLogRecords = o.Rejected, ErrorMessage = o.ErrorMessage } };
    }
}
