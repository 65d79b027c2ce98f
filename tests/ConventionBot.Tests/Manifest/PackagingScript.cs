using System.ComponentModel;
using System.Diagnostics;

namespace ConventionBot.Tests.Manifest;

/// <summary>Runs tools/manifest/package.js with node, as an administrator would.</summary>
internal static class PackagingScript
{
    private static readonly string[] _settings = ["TEAMS_APP_ID", "MICROSOFT_APP_ID", "BOT_DOMAIN", "APP_VERSION"];

    public static async Task<PackagingResult> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        var toolsModules = RepositoryRoot.Combine("tools", "node_modules", "@microsoft", "app-manifest");
        if (!Directory.Exists(toolsModules))
        {
            throw new InvalidOperationException(
                $"{toolsModules} is missing: run `source scripts/tools.sh; ensure_tools` (npm ci in tools/) before the tests.");
        }

        var output = Directory.CreateTempSubdirectory("conventionbot-package-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("tools", "manifest", "package.js"));
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(output);
        foreach (var name in _settings)
        {
            start.Environment.Remove(name); // only what the test sets, never the developer's shell
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = StartNode(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new PackagingResult(process.ExitCode, await stdout, await stderr, output);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("`node` (Node.js 20 or later) must be on PATH to build the Teams app package.", e);
        }
    }
}
