namespace Telltale.Core.Evaluation.Evaluators;

/// <summary>
/// A small language identifier good enough to notice an answer in the wrong language: the writing system first
/// (Cyrillic, Han, kana, Hangul, Arabic, …), then, for Latin script, the most frequent function words of seven
/// languages. Returns null when the text is too short or too mixed to say.
/// </summary>
internal static class LanguageGuess
{
    private static readonly Dictionary<string, string[]> LatinStopwords = new()
    {
        ["en"] = ["the", "and", "is", "are", "you", "your", "what", "how", "to", "of", "in", "it", "for", "with", "this", "that", "can", "my", "do", "not"],
        ["es"] = ["el", "la", "los", "las", "que", "de", "y", "es", "en", "un", "una", "por", "para", "con", "mi", "su", "cómo", "qué", "no", "se"],
        ["fr"] = ["le", "la", "les", "et", "est", "des", "une", "un", "que", "pour", "dans", "avec", "vous", "je", "mon", "ma", "ne", "pas", "comment", "qui"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "ich", "sie", "wie", "mit", "für", "ein", "eine", "zu", "auf", "mein", "meine", "was", "es", "den"],
        ["it"] = ["il", "lo", "la", "che", "di", "e", "è", "non", "per", "con", "un", "una", "come", "mio", "sono", "gli", "del", "della", "ho", "si"],
        ["pt"] = ["o", "os", "que", "de", "e", "é", "não", "para", "com", "um", "uma", "meu", "minha", "como", "do", "da", "se", "em", "você", "está"],
        ["nl"] = ["de", "het", "een", "en", "is", "niet", "ik", "je", "van", "voor", "met", "op", "mijn", "hoe", "wat", "dat", "zijn", "te", "er", "ook"],
    };

    public static string? Of(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < 8) return null;
        var scripts = letters.GroupBy(Script).OrderByDescending(g => g.Count()).ToList();
        var main = scripts[0].Key;
        if (scripts[0].Count() < letters.Count * 0.6) return null;
        if (main == "ja-kana" || (main == "han" && letters.Any(c => Script(c) == "ja-kana"))) return "ja";
        if (main != "latin") return main switch { "han" => "zh", "cyrillic" => "ru", "hangul" => "ko", "arabic" => "ar", "devanagari" => "hi", "greek" => "el", "hebrew" => "he", "thai" => "th", _ => null };

        var words = text.ToLowerInvariant().Split([' ', '\n', '\t', ',', '.', '?', '!', ';', ':', '"', '\'', '(', ')', '¿', '¡'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4) return null;
        var scores = LatinStopwords.Select(kv => (Language: kv.Key, Hits: words.Count(w => kv.Value.Contains(w)))).OrderByDescending(s => s.Hits).ToList();
        // Clear winner only: ahead of the runner-up, and frequent enough to be more than coincidence.
        return scores[0].Hits >= 2 && scores[0].Hits > scores[1].Hits ? scores[0].Language : null;
    }

    private static string Script(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => "cyrillic",
        >= '\u3040' and <= '\u30FF' => "ja-kana",
        >= '\u4E00' and <= '\u9FFF' => "han",
        >= '\uAC00' and <= '\uD7AF' => "hangul",
        >= '\u0600' and <= '\u06FF' => "arabic",
        >= '\u0900' and <= '\u097F' => "devanagari",
        >= '\u0370' and <= '\u03FF' => "greek",
        >= '\u0590' and <= '\u05FF' => "hebrew",
        >= '\u0E00' and <= '\u0E7F' => "thai",
        _ => "latin",
    };
}
