using Telltale.Otlp.Proto.Common;
using Telltale.Otlp.Proto.Resource;

namespace Telltale.Core.Normalization;

/// <summary>
/// What every span of one OTLP Resource shares. Built once per ResourceSpans so that the resource attributes are
/// read and serialized once per batch rather than once per span.
/// </summary>
public sealed class ResourceContext
{
    /// <summary>The OpenTelemetry SDK's own default when an application sets no service name.</summary>
    public const string UnknownService = "unknown_service";

    public static readonly ResourceContext Empty = From(null);

    /// <summary>The AI system: <c>service.name</c>.</summary>
    public required string System { get; init; }
    public string? Environment { get; init; }
    public string? ServiceVersion { get; init; }

    /// <summary>All resource attributes as a JSON object text.</summary>
    public string ResourceAttributesJson { get; init; } = "{}";

    public static ResourceContext From(Resource? resource)
    {
        string? system = null, environment = null, legacyEnvironment = null, version = null;
        if (resource is not null)
        {
            foreach (var attribute in resource.Attributes)
            {
                switch (attribute.Key)
                {
                    case "service.name": system = AnyValueJson.ReadString(attribute.Value); break;
                    // deployment.environment was renamed deployment.environment.name in semconv 1.27; SDKs still send both.
                    case "deployment.environment.name": environment = AnyValueJson.ReadString(attribute.Value); break;
                    case "deployment.environment": legacyEnvironment = AnyValueJson.ReadString(attribute.Value); break;
                    case "service.version": version = AnyValueJson.ReadString(attribute.Value); break;
                }
            }
        }

        return new ResourceContext
        {
            System = system ?? UnknownService,
            Environment = environment ?? legacyEnvironment,
            ServiceVersion = version,
            ResourceAttributesJson = AnyValueJson.ObjectToJson((IReadOnlyList<KeyValue>?)resource?.Attributes),
        };
    }
}
