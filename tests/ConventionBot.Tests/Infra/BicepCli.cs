using System.Diagnostics;
using System.Reflection;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// The official Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, which the test project
/// downloads at restore; its path comes in as the assembly metadata <c>BicepPath</c> (see the .csproj).
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> BinaryPath = new(Locate);

    public static BicepResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(BinaryPath.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{BinaryPath.Value} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} ran for more than 2 minutes.");
        }

        return new BicepResult(process.ExitCode, output.Result, diagnostics.Result);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Bicep CLI at {path}: restore tests/ConventionBot.Tests (it downloads Azure.Bicep.CommandLine.linux-x64, a Linux x64 binary).");
        }

        // NuGet extraction does not promise to keep the execute bit of a file inside a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}
