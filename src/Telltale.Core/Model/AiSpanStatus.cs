namespace Telltale.Core.Model;

/// <summary>OTLP status codes, kept with their wire values.</summary>
public enum AiSpanStatus
{
    Unset = 0,
    Ok = 1,
    Error = 2,
}
