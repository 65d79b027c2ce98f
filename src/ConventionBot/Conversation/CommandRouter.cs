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

    /// <summary>The command whose keyword is the text's first word (case and accents ignored), that keyword, and the rest of the text.</summary>
    public (IBotCommand Command, string Keyword, string Arguments)? Find(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var first = CommandText.Normalize(space < 0 ? trimmed : trimmed[..space]);
        return _byKeyword.TryGetValue(first, out var command)
            ? (command, first, space < 0 ? "" : trimmed[(space + 1)..].Trim())
            : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> commands whose keywords are near enough to the text's first word to be what was
    /// meant (a third of the keyword's letters may differ), closest first; when none is, the first commands of the help,
    /// rather than unrelated ones that happen to be least far.
    /// </summary>
    public IReadOnlyList<IBotCommand> Nearest(string text, int count)
    {
        var first = CommandText.Normalize(text.Trim().Split(' ', 2)[0]);
        var near = _byKeyword
            .Select(pair => (pair.Value, Distance: CommandText.Distance(first, pair.Key), Allowed: Math.Max(1, pair.Key.Length / 3)))
            .Where(x => x.Distance <= x.Allowed)
            .GroupBy(x => x.Value)
            .Select(g => (Command: g.Key, Distance: g.Min(x => x.Distance)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Command.Help(Language.French).Order)
            .Select(x => x.Command)
            .ToList();
        return near.Count > 0
            ? [.. near.Take(count)]
            : [.. Commands.OrderBy(c => c.Help(Language.French).Order).Take(count)];
    }
}
