namespace Telltale.Bench.Generation;

/// <summary>A pre-encoded ExportTraceServiceRequest body, so encoding costs nothing during the run.</summary>
public sealed record EncodedRequest(byte[] Body, int Spans);
