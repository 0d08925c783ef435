using Telltale.Server;

namespace Telltale.Cli.Commands;

/// <summary>What a newcomer needs after the first command: where Telltale listens and how to point an SDK at it.</summary>
public static class StartupBanner
{
    public static void Print(TelltaleServer server, TextWriter output)
    {
        var http = server.HttpAddress.ToString().TrimEnd('/');
        output.WriteLine();
        output.WriteLine("Telltale is running.");
        output.WriteLine($"  Dashboard and API  {http}/   (API description: {http}/openapi/v1.json)");
        output.WriteLine($"  OTLP/HTTP          {http}/v1/traces  /v1/logs  /v1/metrics");
        if (server.GrpcAddress is { } grpc) output.WriteLine($"  OTLP/gRPC          {grpc.ToString().TrimEnd('/')}");
        output.WriteLine($"  Data               {Path.GetFullPath(server.Options.Storage.FilePath)}");
        output.WriteLine($"  Project            {server.Bootstrap?.DefaultProject.Name} ({server.Bootstrap?.DefaultProject.Id})");
        output.WriteLine();

        if (server.Bootstrap?.NewAdminPassword is { } password)
        {
            output.WriteLine($"  Dashboard sign-in (shown only now): user '{server.Bootstrap.AdminUser}', password {password}");
            output.WriteLine();
        }

        var secret = server.Bootstrap?.NewSecret;
        if (secret is not null)
        {
            output.WriteLine("  Admin API key (shown only now, store it safely):");
            output.WriteLine($"    {secret}");
        }
        else if (server.Bootstrap?.SeededFromConfiguration == true)
        {
            output.WriteLine("  API key: the one set in Telltale__Bootstrap__ApiKey.");
        }
        else
        {
            output.WriteLine("  API key: use the one printed on first start; create more with POST /api/v1/keys (admin scope).");
        }
        output.WriteLine();
        output.WriteLine("  Point any OpenTelemetry SDK here:");
        output.WriteLine($"    export OTEL_EXPORTER_OTLP_ENDPOINT={http}");
        output.WriteLine($"    export OTEL_EXPORTER_OTLP_HEADERS=\"Authorization=Bearer%20{secret ?? "<key>"}\"");
        output.WriteLine();
    }
}
