using Telltale.Core.Model;

namespace Telltale.Ingestion.Enrichment;

/// <summary>One enrichment step of the ingest pipeline (cost, token estimate, redaction, security scores, …).
/// Contract: runs on request threads concurrently, must not block on I/O per span, and may only fill or mask
/// fields of the span it is given.</summary>
public interface ISpanEnricher
{
    void Enrich(string projectId, AiSpan span);
}
