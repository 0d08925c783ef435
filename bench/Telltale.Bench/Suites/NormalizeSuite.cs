namespace Telltale.Bench.Suites;
public static class NormalizeSuite { public static Task RunAsync(Telltale.Bench.Cli.BenchArgs args) => Task.CompletedTask; }
