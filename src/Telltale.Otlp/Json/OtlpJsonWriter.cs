using Google.Protobuf;

namespace Telltale.Otlp.Json;

/// <summary>Encodes OTLP responses as JSON for clients that sent JSON.</summary>
public static class OtlpJsonWriter
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    public static string Format(IMessage message) => Formatter.Format(message);
}
