namespace Telltale.Core.Review;

/// <summary>Why a reviewer's action was not carried out.</summary>
public enum ReviewFailure
{
    None,
    NotFound,

    /// <summary>Someone finished the item first (annotated or skipped it).</summary>
    NotPending,
    Invalid,
}
