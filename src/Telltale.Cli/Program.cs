using System.CommandLine;
using Telltale.Cli.Commands;

var root = new RootCommand("Telltale: AI production monitoring and observability.")
{
    ServeCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
