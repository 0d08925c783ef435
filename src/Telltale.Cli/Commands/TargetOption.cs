using System.CommandLine;

namespace Telltale.Cli.Commands;

/// <summary>The <c>--target</c> option of commands that talk to a running Telltale. System.CommandLine's built-in
/// Uri conversion refuses absolute URLs such as http://127.0.0.1:4318, so the address is parsed here.</summary>
public static class TargetOption
{
    public static Option<Uri> Create(string description) => new("--target")
    {
        Description = description,
        DefaultValueFactory = _ => new Uri("http://127.0.0.1:4318/"),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
            result.AddError($"--target must be an absolute http(s) URL such as http://127.0.0.1:4318; got '{text}'.");
            return null;
        },
    };
}
