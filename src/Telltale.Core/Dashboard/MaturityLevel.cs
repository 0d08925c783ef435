namespace Telltale.Core.Dashboard;

/// <summary>
/// How well an AI system is monitored, judged from what Telltale actually receives for it (seed 002's ladder):
/// operational telemetry only is basic; with quality evaluation it is functional; with user signals, drift and
/// per-intent breakdowns as well it is mature.
/// </summary>
public enum MaturityLevel
{
    Absent,
    Basic,
    Functional,
    Mature,
}

/// <summary>The level and what is missing for the next one, so the card can say what to add.</summary>
public sealed record Maturity(MaturityLevel Level, IReadOnlyList<string> Present, IReadOnlyList<string> Missing)
{
    public static Maturity Assess(bool operational, bool qualityEvaluated, bool userSignals, bool drift, bool intents)
    {
        var present = new List<string>();
        var missing = new List<string>();
        void Note(bool has, string what) => (has ? present : missing).Add(what);
        Note(operational, "operational telemetry");
        Note(qualityEvaluated, "quality evaluation");
        Note(userSignals, "user feedback");
        Note(drift, "drift monitoring");
        Note(intents, "per-intent breakdown");

        var level = !operational ? MaturityLevel.Absent
            : !qualityEvaluated ? MaturityLevel.Basic
            : userSignals && drift && intents ? MaturityLevel.Mature
            : MaturityLevel.Functional;
        return new Maturity(level, present, missing);
    }
}
