using ConventionBot.Calendar;

namespace ConventionBot.Conversation;

/// <summary>Finds the command a text starts with, and the nearest commands when none matches.</summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, IBotCommand> _byKeyword = new(StringComparer.Ordinal);

    public CommandRouter(IEnumerable<IBotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = commands.ToList();
        foreach (var command in Commands)
        {
            foreach (var keyword in command.Keywords)
            {
                if (!_byKeyword.TryAdd(keyword, command))
                {
                    throw new InvalidOperationException($"Two commands claim the keyword '{keyword}'.");
                }
            }
        }
    }

    public IReadOnlyList<IBotCommand> Commands { get; }

    /// <summary>The command whose keyword is the text's first word (case and accents ignored), and the rest of the text.</summary>
    public (IBotCommand Command, string Arguments)? Find(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var first = CommandText.Normalize(space < 0 ? trimmed : trimmed[..space]);
        return _byKeyword.TryGetValue(first, out var command)
            ? (command, space < 0 ? "" : trimmed[(space + 1)..].Trim())
            : null;
    }

    /// <summary>Up to <paramref name="count"/> commands whose keywords are closest to the text's first word.</summary>
    public IReadOnlyList<IBotCommand> Nearest(string text, int count)
    {
        var first = CommandText.Normalize(text.Trim().Split(' ', 2)[0]);
        return _byKeyword
            .Select(pair => (pair.Value, Distance: CommandText.Distance(first, pair.Key)))
            .GroupBy(x => x.Value)
            .Select(g => (Command: g.Key, Distance: g.Min(x => x.Distance)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Command.Help(Language.French).Order)
            .Take(count)
            .Select(x => x.Command)
            .ToList();
    }
}
