namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

/// <summary>What tools/cards/validate.js printed: one "OK file" or "FAIL file: messages" line per card.</summary>
public sealed record CardValidationResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The output line about the card written as "<paramref name="cardName"/>.json".</summary>
    public string LineFor(string cardName)
    {
        var file = cardName + ".json";
        var lines = StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.SingleOrDefault(line => IsAbout(line, file))
            ?? throw new InvalidOperationException($"validate.js printed nothing about {file}:\n{this}");
    }

    public override string ToString() =>
        $"exit code {ExitCode}\n--- stdout\n{StandardOutput}--- stderr\n{StandardError}";

    // "OK /tmp/x/name.json" or "FAIL /tmp/x/name.json: messages": the file name ends the part before ": ".
    private static bool IsAbout(string line, string file) => Path.GetFileName(line.Split(": ", 2)[0]) == file;
}
