using Telltale.Bench.Cli;
using Telltale.Bench.Suites;

// Entry point: `dotnet run -c Release --project bench/Telltale.Bench -- <suite> [--option value ...]`.
var suites = new Dictionary<string, Func<BenchArgs, Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["ingest"] = IngestSuite.RunAsync,
    ["query"] = QuerySuite.RunAsync,
    ["normalize"] = NormalizeSuite.RunAsync,
    ["rules"] = RulesSuite.RunAsync,
    ["dashboard"] = DashboardSuite.RunAsync,
    ["evaluators"] = EvaluatorsSuite.RunAsync,
};

if (args.Length == 0 || !suites.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Telltale.Bench <{string.Join('|', suites.Keys)}> [--option value ...]  (see bench/README.md)");
    return 2;
}

#if DEBUG
Console.Error.WriteLine("warning: this is a Debug build; figures are meaningless. Use -c Release.");
#endif

try
{
    await run(BenchArgs.Parse(args[1..]));
    return 0;
}
catch (BenchArgsException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
