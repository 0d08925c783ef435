namespace Telltale.Web.Services;

/// <summary>What one run says about its canary, as a chip shows it.</summary>
public enum CanaryOutcome
{
    Running,
    Failed,

    /// <summary>Completed with nothing to compare with: the first run, which becomes the baseline.</summary>
    NotCompared,
    NoRegression,

    /// <summary>Lower than the baseline by more than the margin, but the paired test cannot tell it from chance.</summary>
    LowerNotSignificant,
    Regressed,
}
