namespace Telltale.Intents;

/// <summary>One row ML.NET reads: an example utterance and, while training, the intent it belongs to.</summary>
internal sealed class Utterance
{
    public string Text { get; set; } = "";
    public string Label { get; set; } = "";
}
