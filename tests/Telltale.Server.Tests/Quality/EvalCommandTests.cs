using System.Diagnostics;
using Telltale.Server.Tests.Infrastructure;
using Telltale.Server.Tests.Infrastructure.OpenAi;

namespace Telltale.Server.Tests.Quality;

/// <summary><c>telltale eval run</c> as a pipeline gate: the real CLI in a child process against a real server.</summary>
public class EvalCommandTests
{
    private static async Task<(int ExitCode, string Output)> EvalAsync(QualityScenario scenario, string canary)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "telltale.dll"), "eval", "run", "--target", scenario.Telltale.HttpAddress.ToString(),
                "--key", TelltaleTestServer.AdminKey, "--canary", canary },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Eval_run_exits_0_without_a_regression_and_2_with_one_printing_the_comparison()
    {
        await using var scenario = await QualityScenario.StartAsync();

        var (firstCode, first) = await EvalAsync(scenario, QualityScenario.CanaryName);
        Assert.True(firstCode == 0, first);
        Assert.Contains("this run is now the baseline", first);

        scenario.Model.Behaviour = AssistantBehaviour.VendorUpdate;
        var (code, output) = await EvalAsync(scenario, QualityScenario.CanaryName);
        Assert.True(code == 2, output);
        Assert.Contains("Regression: score 0.8 against a baseline of 1", output);
        Assert.Contains("correctness", output);
        Assert.Contains(QualityStandIn.UpdatedSnapshot, output);

        var (missingCode, missing) = await EvalAsync(scenario, "no-such-canary");
        Assert.Equal(1, missingCode);
        Assert.Contains("404", missing);
        Assert.Contains("No canary named 'no-such-canary'", missing);
    }
}
