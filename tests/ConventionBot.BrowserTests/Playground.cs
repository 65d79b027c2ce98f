using System.Diagnostics;
using System.Net.Sockets;

namespace ConventionBot.BrowserTests;

/// <summary>The Microsoft 365 Agents Playground (pinned in tools/package.json) as a child process on a free port, pointed at the bot.</summary>
public sealed class Playground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log = new();

    private Playground(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public string Log
    {
        get { lock (_log) { return _log.ToString(); } }
    }

    public static async Task<Playground> StartAsync(Uri botMessages, string workingDirectory)
    {
        var cli = Path.Combine(RepositoryRoot(), "tools", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing. Run the tests with scripts/test.sh, which installs the pinned npm tools.");
        }
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "start", "-e", botMessages.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            start.ArgumentList.Add(argument);
        }
        // As scripts/run.sh: French users, Paris time, no browser opened by the playground itself.
        start.Environment["LANG"] = "fr_FR.UTF-8";
        start.Environment["TZ"] = "Europe/Paris";
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var playground = new Playground(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => playground.Append(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await playground.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
        return playground;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log) { _log.WriteLine(line); }
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The playground exited ({_process.ExitCode}):\n{Log}");
            }
            try
            {
                using var response = await http.GetAsync(Address);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The playground did not answer on {Address} within {timeout.TotalSeconds} s:\n{Log}");
            }
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConventionBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ConventionBot.sln not found above " + AppContext.BaseDirectory);
    }
}
