using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using ConventionBot.Storage;
using ConventionBot.Tests.Manifest;

namespace ConventionBot.Tests.Storage;

/// <summary>
/// A second, empty storage account: another in-memory Azurite (the one scripts/tools.sh installs) on a free port,
/// stopped with SIGINT as scripts/tools.sh does.
/// </summary>
public sealed class SecondAzurite : IAsyncLifetime
{
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public TableServiceClient ServiceClient() => TableBackup.Connect(ConnectionString);

    public async Task InitializeAsync()
    {
        var azurite = RepositoryRoot.Combine("tools", "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"{azurite} is missing: run `source scripts/tools.sh; ensure_tools` (npm ci in tools/) before the tests.");
        }
        var (port, blobPort, queuePort) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--disableTelemetry", "--skipApiVersionCheck", "--inMemoryPersistence",
            },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;";
        // Node starts slowly on a loaded machine (scripts/tools.sh waits up to 120 s too).
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                using var _ = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is null || _process.HasExited)
        {
            _process?.Dispose();
            return;
        }
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
