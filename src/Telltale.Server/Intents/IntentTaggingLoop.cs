using Microsoft.Extensions.Options;
using Telltale.Core.Projects;
using Telltale.Server.Background;

namespace Telltale.Server.Intents;

/// <summary>Tags every project's new traces with their intent on a schedule.</summary>
public sealed class IntentTaggingLoop(IntentTaggingRunner runner, IConfigStore config, IOptions<IntentOptions> options,
    IngestFirst ingestFirst, ILogger<IntentTaggingLoop> logger) : PerProjectLoop(config, ingestFirst, logger)
{
    protected override string Work => "Intent tagging";
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override Task RunAsync(string projectId, CancellationToken ct) => runner.RunAsync(projectId, ct);
}
