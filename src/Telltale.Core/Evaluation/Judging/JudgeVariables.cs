namespace Telltale.Core.Evaluation.Judging;

/// <summary>The placeholders a judge prompt can use. Online evaluation and canary runs both offer all of them (the
/// question/input and answer/output pairs are the same thing under the two vocabularies people use).</summary>
public static class JudgeVariables
{
    public const string Input = "input";
    public const string Question = "question";
    public const string Output = "output";
    public const string Answer = "answer";
    public const string Reference = "reference";
    public const string Context = "context";
    public const string Intent = "intent";
    public const string System = "system";

    public static readonly IReadOnlyCollection<string> Offered = [Input, Question, Output, Answer, Reference, Context, Intent, System, "metadata.*"];

    public static Dictionary<string, string?> Of(string input, string output, string? reference, string? context, string? intent, string? system,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        var values = new Dictionary<string, string?>
        {
            [Input] = input, [Question] = input, [Output] = output, [Answer] = output,
            [Reference] = reference, [Context] = context, [Intent] = intent, [System] = system,
        };
        foreach (var (k, v) in metadata ?? new Dictionary<string, string>()) values[$"metadata.{k}"] = v;
        return values;
    }
}
