namespace Telltale.Server.Otlp.Http;

/// <summary>Endpoint metadata marking OTLP endpoints, whose errors are google.rpc.Status bodies per the OTLP spec.</summary>
public sealed class OtlpEndpointMarker
{
    public static readonly OtlpEndpointMarker Instance = new();
}
