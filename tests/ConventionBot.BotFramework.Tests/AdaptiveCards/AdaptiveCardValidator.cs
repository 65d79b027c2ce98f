using System.ComponentModel;
using System.Diagnostics;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

/// <summary>
/// Runs tools/cards/validate.js, which checks cards with the official adaptivecards parser. Throws
/// with a clear message when node or tools/node_modules is missing: card tests never skip silently.
/// </summary>
public sealed class AdaptiveCardValidator(string repositoryRoot)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly string _toolsFolder = Path.Combine(repositoryRoot, "tools");

    public AdaptiveCardValidator()
        : this(FindRepositoryRoot(AppContext.BaseDirectory))
    {
    }

    /// <summary>The closest folder above <paramref name="start"/> that holds ConventionBot.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ConventionBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ConventionBot.sln above {start}; cannot find tools/cards/validate.js.");
    }

    /// <summary>Writes each card JSON to a temporary folder as "name.json" and validates the folder.</summary>
    public async Task<CardValidationResult> ValidateAsync(IReadOnlyDictionary<string, string> jsonByName, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("adaptive-cards-");
        try
        {
            foreach (var (name, json) in jsonByName)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".json"), json, cancellationToken);
            }

            return await RunAsync(folder.FullName, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs the validator on a card file or a folder of *.json cards.</summary>
    public async Task<CardValidationResult> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        EnsureParserInstalled();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var node = StartNode(Path.Combine(_toolsFolder, "cards", "validate.js"), path);
        try
        {
            var output = node.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = node.StandardError.ReadToEndAsync(timeout.Token);
            await node.WaitForExitAsync(timeout.Token);
            return new CardValidationResult(node.ExitCode, await output, await error);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"validate.js did not finish within {Timeout}.");
        }
    }

    private void EnsureParserInstalled()
    {
        var parser = Path.Combine(_toolsFolder, "node_modules", "adaptivecards", "dist", "adaptivecards.js");
        if (!File.Exists(parser))
        {
            throw new InvalidOperationException(
                $"The adaptivecards parser is not installed ({parser} is missing). Run `source scripts/tools.sh; ensure_tools` first.");
        }
    }

    private static Process StartNode(string script, string path)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("node was not found on PATH; card tests need Node.js 20 or later.", exception);
        }
    }
}
