using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Telltale.Server.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Python's standard-library smtpd DebuggingServer, which accepts mail and prints
/// each message. Python 3.11 is part of this machine's image; smtpd was removed in 3.12, so a newer image needs
/// aiosmtpd instead.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public int Port { get; }

    private SmtpTestServer(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
    }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-W", "ignore", "-u", "-m", "smtpd", "-n", "-c", "DebuggingServer", $"127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var server = new SmtpTestServer(Process.Start(info)!, port);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        server.Dispose();
        throw new InvalidOperationException("The SMTP test server did not start.");
    }

    /// <summary>Everything received so far, as the server printed it (headers and body of each message).</summary>
    public string Received
    {
        get { lock (_output) return _output.ToString(); }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
