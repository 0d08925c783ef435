using Telltale.Core.Model;
using Telltale.Core.Serialization;

namespace Telltale.Core.Storage;

/// <summary>
/// The JSON columns of a span (messages, documents, tool, tags, finish reasons), serialized before the batch reaches
/// the single writer thread: request threads do this work in parallel, and the writer only copies strings.
/// </summary>
public sealed record SpanContentJson(
    string? Tags,
    string? FinishReasons,
    string? InputMessages,
    string? OutputMessages,
    string? Tool,
    string? Documents)
{
    public static SpanContentJson From(AiSpan s) => new(
        s.Tags.Count == 0 ? null : TelltaleJson.Serialize(s.Tags),
        s.FinishReasons.Count == 0 ? null : TelltaleJson.Serialize(s.FinishReasons),
        s.InputMessages.Count == 0 ? null : TelltaleJson.Serialize(s.InputMessages),
        s.OutputMessages.Count == 0 ? null : TelltaleJson.Serialize(s.OutputMessages),
        s.Tool is null ? null : TelltaleJson.Serialize(s.Tool),
        s.Documents.Count == 0 ? null : TelltaleJson.Serialize(s.Documents));
}
