namespace Telltale.Otlp;

/// <summary>An OTLP body that cannot be decoded. The message names what was wrong, for the 400 response.</summary>
public sealed class OtlpDecodeException(string message, Exception? inner = null) : Exception(message, inner);
