using System.Text;
using Telltale.Simulation.Randomness;

namespace Telltale.Simulation.Content;

/// <summary>Builds varied text from template pools: slots like {order} are filled from the given values, and an
/// answer grows sentence by sentence until it matches the token count the model "produced".</summary>
public static class TextComposer
{
    /// <summary>Roughly 0.75 English words per token, the usual rule of thumb for BPE tokenizers.</summary>
    public const double WordsPerToken = 0.75;

    public static string Fill(string template, IReadOnlyDictionary<string, string> slots)
    {
        if (!template.Contains('{')) return template;
        var text = new StringBuilder(template);
        foreach (var (key, value) in slots) text.Replace("{" + key + "}", value);
        return text.ToString();
    }

    /// <summary>Sentences drawn without immediate repetition until about <paramref name="tokens"/> tokens' worth.
    /// With <paramref name="hedgeRate"/> above zero, that share of sentences is softened by a hedging phrase.</summary>
    public static string Compose(SimRandom random, IReadOnlyList<string> opening, IReadOnlyList<string> body,
        IReadOnlyList<string> closing, long tokens, IReadOnlyDictionary<string, string> slots, double hedgeRate = 0)
    {
        var targetWords = Math.Max(8, (int)(tokens * WordsPerToken));
        var text = new StringBuilder(Fill(random.Pick(opening), slots));
        var words = WordCount(text);
        var last = -1;
        while (words < targetWords - 6)
        {
            var index = random.Next(body.Count);
            if (index == last && body.Count > 1) continue;
            last = index;
            var sentence = Fill(body[index], slots);
            if (hedgeRate > 0 && random.Chance(hedgeRate)) sentence = Hedge(random, sentence);
            text.Append(' ').Append(sentence);
            words += WordCount(sentence);
        }
        text.Append(' ').Append(Fill(random.Pick(closing), slots));
        return text.ToString();
    }

    private static readonly string[] Hedges =
    [
        "I think", "It's possible that", "As far as I know,", "I'm not entirely sure, but", "It seems that", "Perhaps",
        "I believe", "It might be that", "Probably", "To the best of my knowledge,",
    ];

    public static string Hedge(SimRandom random, string sentence) =>
        sentence.Length < 2 ? sentence : $"{random.Pick(Hedges)} {char.ToLowerInvariant(sentence[0])}{sentence[1..]}";

    public static int WordCount(StringBuilder text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
