using Telltale.Cli.Commands;

namespace Telltale.Server.Tests.Cli;

/// <summary>The commands that talk to a running Telltale accept its address as people type it.</summary>
public class CommandLineParsingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:4318", "http://127.0.0.1:4318/")]
    [InlineData("https://telltale.example.com/base", "https://telltale.example.com/base/")]
    public void Demo_and_eval_take_an_absolute_target(string given, string expected)
    {
        var demo = DemoCommand.Create().Parse(["--target", given, "--key", "k"]);
        var eval = EvalCommand.Create().Parse(["run", "--target", given, "--key", "k", "--canary", "c"]);

        Assert.Empty(demo.Errors);
        Assert.Empty(eval.Errors);
        Assert.Equal(expected, demo.GetValue<Uri>("--target")!.ToString());
    }

    [Fact]
    public void A_target_that_is_not_a_url_is_an_error_naming_it()
    {
        var parse = DemoCommand.Create().Parse(["--target", "localhost:4318", "--key", "k"]);
        Assert.Contains(parse.Errors, e => e.Message.Contains("--target must be an absolute http(s) URL") && e.Message.Contains("localhost:4318"));
    }
}
