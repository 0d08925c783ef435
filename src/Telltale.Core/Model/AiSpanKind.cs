namespace Telltale.Core.Model;

/// <summary>What a span does in an AI system, unified across the OpenTelemetry GenAI, OpenInference and
/// OpenLLMetry vocabularies.</summary>
public enum AiSpanKind
{
    Other = 0,
    Llm,
    Embedding,
    Retrieval,
    Rerank,
    Tool,
    Agent,
    Workflow,
    Chain,
    Guardrail,
    Evaluator,
}
