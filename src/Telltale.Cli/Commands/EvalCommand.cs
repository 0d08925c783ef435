using System.CommandLine;
using System.Net.Http.Headers;
using Spectre.Console;
using Telltale.Core.Evaluation.Canary;
using Telltale.Core.Serialization;

namespace Telltale.Cli.Commands;

/// <summary>
/// <c>telltale eval run</c>: runs a canary now on a running Telltale and prints the comparison with its baseline.
/// The exit code makes it a gate in a deployment pipeline: 0 no regression, 2 regression, 1 the run failed.
/// </summary>
public static class EvalCommand
{
    public const int Regressed = 2;
    public const int Failed = 1;

    public static Command Create()
    {
        var target = TargetOption.Create("Telltale's API address.");
        var key = new Option<string>("--key") { Description = "An API key with the admin scope.", Required = true };
        var canary = new Option<string>("--canary") { Description = "The canary to run.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the run as JSON instead of tables." };
        var run = new Command("run", "Run a canary evaluation now and compare it with its baseline (exit code 2 on a regression).") { target, key, canary, json };
        run.SetAction(async (parse, ct) =>
        {
            using var http = new HttpClient { BaseAddress = parse.GetValue(target), Timeout = TimeSpan.FromMinutes(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", parse.GetValue(key));
            var name = parse.GetValue(canary)!;
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsync($"/api/v1/canaries/{Uri.EscapeDataString(name)}/runs", null, ct);
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"Could not reach Telltale at {http.BaseAddress}: {ex.Message}");
                return Failed;
            }
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"Telltale answered {(int)response.StatusCode}: {body}");
                return Failed;
            }
            var result = TelltaleJson.Deserialize<CanaryRun>(body)!;
            if (parse.GetValue(json)) Console.WriteLine(body);
            else CanaryRunReport.Write(AnsiConsole.Console, result);
            return result.Status != CanaryRun.Completed ? Failed : result.Comparison?.Regressed == true ? Regressed : 0;
        });
        return new Command("eval", "Canary evaluations.") { run };
    }
}
