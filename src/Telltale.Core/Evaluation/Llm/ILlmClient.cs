namespace Telltale.Core.Evaluation.Llm;

/// <summary>Calls an OpenAI-compatible chat completions endpoint. Never throws for a failed call (network, HTTP
/// status, timeout): the failure comes back in <see cref="LlmCompletion.Error"/>; only cancellation throws.</summary>
public interface ILlmClient
{
    Task<LlmCompletion> CompleteAsync(LlmConnection connection, LlmRequest request, CancellationToken ct);
}
