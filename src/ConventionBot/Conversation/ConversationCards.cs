using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;

namespace ConventionBot.Conversation;

/// <summary>The help card and the "did you mean" card, built from the registered commands.</summary>
internal static class ConversationCards
{
    public const string RunVerb = "command.run";

    /// <summary>Teams shows at most six buttons under a card; one stays for "all commands".</summary>
    private const int MaxButtons = 5;

    /// <summary>A corrected command longer than this is not a button anyone would press: its usage is offered.</summary>
    private const int MaxCorrectedLength = 60;

    public static AdaptiveCard Help(IEnumerable<IBotCommand> commands, Language language)
    {
        var help = commands.Select(c => c.Help(language)).OrderBy(h => h.Order).ToList();
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock { Text = "ConventionBot", Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextBlock { Text = ConversationTexts.HelpIntro(language), Wrap = true },
                new AdaptiveFactSet { Facts = [.. help.Select(h => new AdaptiveFact { Title = h.Usage, Value = h.Meaning })] },
                new AdaptiveTextBlock { Text = ConversationTexts.HelpTips(language), Wrap = true, IsSubtle = true, Spacing = AdaptiveSpacing.Medium },
            ],
            Actions = [.. help.Take(MaxButtons).Select(h => RunButton(h.Usage, h.Usage))],
            FallbackText = ConversationTexts.HelpIntro(language),
        };
    }

    public static AdaptiveCard NotUnderstood(string text, IEnumerable<IBotCommand> nearest, Language language) => new()
    {
        Body = [new AdaptiveTextBlock { Text = ConversationTexts.NotUnderstood(language, text), Wrap = true }],
        Actions =
        [
            .. Suggestions(text, [.. nearest], language).Take(MaxButtons).Select(command => RunButton(command, command)),
            RunButton(ConversationTexts.HelpButton(language), "aide"),
        ],
        FallbackText = ConversationTexts.NotUnderstood(language, text),
    };

    /// <summary>A message with the commands that answer it as buttons (the years a command can take): no dead end.</summary>
    public static BotReply Choices(string message, IEnumerable<string> commands) => BotReply.WithCard(new AdaptiveCard
    {
        Body = [new AdaptiveTextBlock { Text = message, Wrap = true }],
        Actions = [.. commands.Take(MaxButtons + 1).Select(command => RunButton(command, command))],
        FallbackText = message,
    });

    /// <summary>
    /// A button that runs a typed command, as if the user had written it: its answer comes as a new message,
    /// unless <paramref name="inPlace"/> (the command's answer is the clicked card's own new state).
    /// </summary>
    public static AdaptiveExecuteAction RunButton(string title, string command, bool inPlace = false)
    {
        var data = new JsonObject { ["command"] = command };
        return new() { Title = title, Verb = RunVerb, Data = inPlace ? data : CardData.OpeningNewCard(data) };
    }

    /// <summary>
    /// What to offer for each of the <paramref name="nearest"/> commands: a typo of a keyword ("chantiez 5")
    /// becomes the corrected command with what followed it ("chantier 5") when that stays short; otherwise the
    /// command's usage.
    /// </summary>
    internal static IReadOnlyList<string> Suggestions(string text, IReadOnlyList<IBotCommand> nearest, Language language)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        var typed = CommandText.Normalize(parts[0]);
        var rest = parts.Length > 1 ? " " + parts[1] : "";
        var closest = nearest.Select(c => Closest(c, typed)).ToList();
        var best = closest.Count == 0 ? 0 : closest.Min(k => k.Distance);
        return nearest
            .Select((command, i) => closest[i] is var (keyword, distance) && distance == best && distance <= Math.Max(1, keyword.Length / 3)
                && Spelling(command, keyword, language) + rest is { Length: <= MaxCorrectedLength } corrected
                ? corrected
                : command.Help(language).Usage)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static (string Keyword, int Distance) Closest(IBotCommand command, string typed) =>
        command.Keywords.Select(k => (k, CommandText.Distance(typed, k))).MinBy(x => x.Item2);

    /// <summary>The command's word as its usage writes it in the user's language ("échéances"), else the keyword.</summary>
    private static string Spelling(IBotCommand command, string keyword, Language language)
    {
        var usageWord = command.Help(language).Usage.Split(' ', 2)[0];
        return command.Keywords.Contains(CommandText.Normalize(usageWord)) ? usageWord : keyword;
    }
}
