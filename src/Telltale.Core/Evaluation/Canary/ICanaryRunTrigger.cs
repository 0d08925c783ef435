namespace Telltale.Core.Evaluation.Canary;

/// <summary>Starts a manual canary run that outlives whoever asked for it (a request, a dashboard page), though not
/// the server. The runner lives with the server; pages reach it through this seam.</summary>
public interface ICanaryRunTrigger
{
    /// <param name="detail">Who or what asked, shown with the run's trigger ("api", "dashboard by alice").</param>
    /// <returns>The run, once it has finished; the run is saved as running meanwhile, so readers of the store see it.</returns>
    Task<CanaryRun> Start(string projectId, CanaryDefinition canary, string detail);
}
