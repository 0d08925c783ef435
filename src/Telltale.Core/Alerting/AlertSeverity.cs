namespace Telltale.Core.Alerting;

public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
