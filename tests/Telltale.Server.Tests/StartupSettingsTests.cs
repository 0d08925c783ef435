using Microsoft.Extensions.Options;
using Telltale.Server.Tests.Infrastructure;

namespace Telltale.Server.Tests;

public class StartupSettingsTests
{
    [Fact]
    public async Task Background_loop_settings_out_of_range_stop_the_start_with_every_problem_named()
    {
        var dataDir = Directory.CreateTempSubdirectory("telltale-test-").FullName;
        try
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => TelltaleTestServer.StartAsync(new Dictionary<string, string?>
            {
                ["Telltale:Evaluation:IntervalSeconds"] = "0",
                ["Telltale:Evaluation:DefaultSampleRate"] = "5",
                ["Telltale:Review:MaxCandidatesPerWeek"] = "0",
                ["Telltale:Canary:IntervalSeconds"] = "-1",
                ["Telltale:Intents:BatchSize"] = "0",
                ["Telltale:Alerting:PublicUrl"] = "telltale.internal",
            }, dataDir));

            var problems = Failures(failure).SelectMany(f => f.Failures).ToList();
            Assert.Contains("Telltale:Evaluation:IntervalSeconds is 0; it must be at least 1.", problems);
            Assert.Contains("Telltale:Evaluation:DefaultSampleRate is 5; it must be between 0 and 1.", problems);
            Assert.Contains("Telltale:Review:MaxCandidatesPerWeek is 0; it must be at least 1.", problems);
            Assert.Contains("Telltale:Canary:IntervalSeconds is -1; it must be at least 1.", problems);
            Assert.Contains("Telltale:Intents:BatchSize is 0; it must be at least 1.", problems);
            Assert.Contains("Telltale:Alerting:PublicUrl 'telltale.internal' must be an absolute http(s) URL.", problems);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static IEnumerable<OptionsValidationException> Failures(Exception failure) => failure switch
    {
        OptionsValidationException one => [one],
        AggregateException many => many.InnerExceptions.SelectMany(Failures),
        _ => throw new Xunit.Sdk.XunitException($"Expected a settings validation failure, got {failure}"),
    };
}
