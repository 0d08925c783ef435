namespace Telltale.Server.Evaluation;

/// <summary>A project's choice for one evaluator: on or off, how much traffic it sees, and which systems.</summary>
public sealed record EvaluatorSetting(string Name, bool Enabled, double SampleRate, IReadOnlyList<string>? Systems = null)
{
    /// <summary>Sampling by trace id, so all calls of a sampled trace are judged and a trace is never half in.</summary>
    public bool Samples(string traceId, string system) =>
        Enabled && (Systems is null || Systems.Count == 0 || Systems.Contains(system))
        && (SampleRate >= 1 || (uint)StableHash(traceId) % 10_000 < SampleRate * 10_000);

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text) hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
