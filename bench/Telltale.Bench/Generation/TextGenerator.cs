using System.Text;

namespace Telltale.Bench.Generation;

/// <summary>
/// Varied English-like text from a seeded random source. Real prompts do not repeat one string, and a repeated string
/// would flatter the store (DuckDB compresses duplicates to almost nothing), so every call builds fresh sentences.
/// </summary>
public sealed class TextGenerator(Random random)
{
    private static readonly string[] Words =
    """
    the a an of to in for on with by from about into over after before between under during without within
    customer order invoice refund account payment shipment delivery address warranty subscription plan upgrade
    model prompt response token latency request retry error timeout policy document report summary section
    please could would should will can may might must need want try check update confirm cancel review explain
    quickly carefully exactly roughly usually recently currently previously additionally however therefore
    data table query index cache server client service region cluster node queue batch stream event metric
    price cost budget quarter month week today tomorrow yesterday morning evening deadline schedule meeting
    user team manager engineer analyst agent assistant support sales finance legal product design research
    issue ticket incident outage deployment release version feature flag config setting option parameter value
    because although while when where which that this these those there here what why how who whose whom
    is are was were be been being has have had do does did not no yes all some many few more most less least
    new old large small fast slow high low early late first last next previous same different other another
    search find list show compare calculate estimate forecast translate summarize classify extract generate
    contract clause term renewal notice liability agreement signature approval compliance audit risk control
    weather forecast temperature rain wind city airport flight hotel booking itinerary reservation travel
    code function method class module package library test build pipeline commit branch merge review diff
    """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Names = ["Alice", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hiro", "Ines", "Jonas", "Kemal", "Lena"];

    /// <summary>Sentences until the text is at least <paramref name="minChars"/> long.</summary>
    public string Text(int minChars)
    {
        var text = new StringBuilder(minChars + 120);
        while (text.Length < minChars)
        {
            if (text.Length > 0) text.Append(' ');
            Sentence(text);
        }
        return text.ToString();
    }

    public string Sentence()
    {
        var text = new StringBuilder(120);
        Sentence(text);
        return text.ToString();
    }

    private void Sentence(StringBuilder text)
    {
        var words = random.Next(6, 22);
        for (var i = 0; i < words; i++)
        {
            if (i > 0) text.Append(' ');
            var roll = random.Next(40);
            if (roll == 0) text.Append(Names[random.Next(Names.Length)]);
            else if (roll == 1) text.Append(random.Next(1, 100_000));
            else if (roll == 2) text.Append('#').Append(random.Next(1000, 99_999));
            else
            {
                var word = Words[random.Next(Words.Length)];
                if (i == 0) text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
                else text.Append(word);
            }
            if (i < words - 1 && random.Next(9) == 0) text.Append(',');
        }
        text.Append(random.Next(6) == 0 ? '?' : '.');
    }
}
