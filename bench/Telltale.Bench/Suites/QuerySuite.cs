namespace Telltale.Bench.Suites;
public static class QuerySuite { public static Task RunAsync(Telltale.Bench.Cli.BenchArgs args) => Task.CompletedTask; }
