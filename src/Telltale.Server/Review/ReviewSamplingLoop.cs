using Microsoft.Extensions.Options;
using Telltale.Core.Projects;
using Telltale.Server.Background;

namespace Telltale.Server.Review;

/// <summary>Fills every project's review queue on a schedule.</summary>
public sealed class ReviewSamplingLoop(ReviewSamplingRunner runner, IConfigStore config,
    IOptions<ReviewOptions> options, IngestFirst ingestFirst, ILogger<ReviewSamplingLoop> logger) : PerProjectLoop(config, ingestFirst, logger)
{
    protected override string Work => "Review queue sampling";
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override Task RunAsync(string projectId, CancellationToken ct) => runner.RunAsync(projectId, ct);
}
