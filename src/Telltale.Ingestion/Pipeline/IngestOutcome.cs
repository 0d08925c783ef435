namespace Telltale.Ingestion.Pipeline;

/// <summary>What happened to one export request: how many items were stored and how many refused, and why.
/// A non-zero <see cref="Rejected"/> becomes an OTLP partial success.</summary>
public sealed record IngestOutcome(long Accepted, long Rejected, string? ErrorMessage);
