namespace Telltale.Core.Pricing;

/// <summary>
/// A price table or override list that cannot be used: malformed JSON, an unknown field, a pattern that does not
/// compile, a negative price or an empty effective period. A distinct type so the API can answer 400 with the message.
/// </summary>
public sealed class PriceTableException : Exception
{
    public PriceTableException(string message) : base(message) { }

    public PriceTableException(string message, Exception innerException) : base(message, innerException) { }
}
