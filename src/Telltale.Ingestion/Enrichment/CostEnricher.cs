using Telltale.Core.Model;
using Telltale.Core.Pricing;
using Telltale.Core.Querying;
using Telltale.Core.Tokens;

namespace Telltale.Ingestion.Enrichment;

/// <summary>
/// Gives every model call its tokens and cost. When the provider reported no usage, the tokens are counted with a
/// real tokenizer and flagged as estimated. A cost the emitter already computed (OpenInference <c>llm.cost.*</c>)
/// is kept. Prices are those in force on the day of the call.
/// </summary>
public sealed class CostEnricher(ProjectPriceTables prices) : ISpanEnricher
{
    public void Enrich(string projectId, AiSpan span)
    {
        if (span.Kind is not (AiSpanKind.Llm or AiSpanKind.Embedding)) return;
        if (span.Usage.IsEmpty)
        {
            var estimate = TokenEstimator.Estimate(span.Model, span.InputMessages, span.OutputMessages, span.InputValue, span.OutputValue);
            if (!estimate.IsEmpty) span.Usage = estimate;
        }
        if (span.CostUsd is not null || span.Model is null || span.Usage.IsEmpty) return;

        var price = prices.For(projectId).Find(span.Provider, span.Model, UnixNanos.ToDateTimeOffset(span.StartUnixNano));
        if (price is not null) span.CostUsd = decimal.Round(CostCalculator.Compute(price, span.Usage), 9);
    }
}
