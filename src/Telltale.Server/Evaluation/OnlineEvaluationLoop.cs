using Microsoft.Extensions.Options;
using Telltale.Core.Projects;
using Telltale.Server.Background;

namespace Telltale.Server.Evaluation;

/// <summary>Runs the online evaluators for every project on a schedule.</summary>
public sealed class OnlineEvaluationLoop(OnlineEvaluationRunner runner, IConfigStore config,
    IOptions<EvaluationOptions> options, IngestFirst ingestFirst, ILogger<OnlineEvaluationLoop> logger) : PerProjectLoop(config, ingestFirst, logger)
{
    protected override string Work => "Online evaluation";
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override Task RunAsync(string projectId, CancellationToken ct) => runner.RunAsync(projectId, ct);
}
