
namespace Telltale.Core.Model;

/// <summary>Stable lower-case names of span kinds and statuses, as stored and as the API shows them.</summary>
public static class SpanKindNames
{
    private static readonly string[] Names = Enum.GetValues<AiSpanKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();

    public static string Of(AiSpanKind kind) => Names[(int)kind];

    public static bool TryParse(string name, out AiSpanKind kind) => Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}

public static class SpanStatusNames
{
    public static string Of(AiSpanStatus status) => status switch
    {
        AiSpanStatus.Ok => "ok",
        AiSpanStatus.Error => "error",
        _ => "unset",
    };
}
