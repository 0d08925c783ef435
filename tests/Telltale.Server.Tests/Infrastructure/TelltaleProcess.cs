using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Telltale.Server.Tests.Infrastructure;

/// <summary>
/// The real <c>telltale serve</c> command in a child process, so a test can kill it the hard way (SIGKILL) and start
/// it again on the same data folder.
/// </summary>
public sealed partial class TelltaleProcess : IDisposable
{
    private readonly Process _process;

    public Uri HttpAddress { get; }

    private TelltaleProcess(Process process, Uri httpAddress)
    {
        _process = process;
        HttpAddress = httpAddress;
    }

    public static async Task<TelltaleProcess> StartAsync(string dataDir, string adminKey)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "telltale.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "serve", "--data-dir", dataDir, "--http-port", "0", "--grpc-port", "-1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Telltale__Bootstrap__ApiKey"] = adminKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        var output = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lock (output) output.AppendLine(line);
            var match = OtlpHttpLine().Match(line);
            if (match.Success)
            {
                // Keep draining stdout so the child never blocks on a full pipe.
                _ = Task.Run(async () => { while (await process.StandardOutput.ReadLineAsync() is not null) { } });
                return new TelltaleProcess(process, new Uri(match.Groups[1].Value));
            }
        }
        process.Kill();
        throw new InvalidOperationException($"telltale serve did not start:\n{output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no checkpoint.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, the way a service manager stops it, and wait for a clean exit.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
        if (!_process.WaitForExit(30_000)) _process.Kill();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    [GeneratedRegex(@"OTLP/HTTP\s+(http://[^/\s]+)/v1/traces")]
    private static partial Regex OtlpHttpLine();
}
