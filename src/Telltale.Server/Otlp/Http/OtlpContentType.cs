namespace Telltale.Server.Otlp.Http;

/// <summary>The two OTLP/HTTP encodings. Responses use the encoding of the request.</summary>
public enum OtlpEncoding
{
    Protobuf,
    Json,
}

public static class OtlpContentType
{
    public const string Protobuf = "application/x-protobuf";
    public const string Json = "application/json";

    public static OtlpEncoding? Parse(string? contentType)
    {
        if (contentType is null) return null;
        var mediaType = contentType.Split(';', 2)[0].Trim();
        if (mediaType.Equals(Protobuf, StringComparison.OrdinalIgnoreCase)) return OtlpEncoding.Protobuf;
        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return OtlpEncoding.Json;
        return null;
    }

    public static string Of(OtlpEncoding encoding) => encoding == OtlpEncoding.Json ? Json : Protobuf;
}
