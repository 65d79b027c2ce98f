using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.Conversation;

/// <summary>The help card and the "did you mean" card, built from the registered commands.</summary>
internal static class ConversationCards
{
    public const string RunVerb = "command.run";

    public static AdaptiveCard Help(IEnumerable<IBotCommand> commands, Language language) => new()
    {
        Body =
        [
            new AdaptiveTextBlock { Text = "ConventionBot", Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder },
            new AdaptiveTextBlock { Text = ConversationTexts.HelpIntro(language), Wrap = true },
            new AdaptiveFactSet
            {
                Facts = commands.Select(c => c.Help(language)).OrderBy(h => h.Order)
                    .Select(h => new AdaptiveFact { Title = h.Usage, Value = h.Meaning }).ToList(),
            },
        ],
        FallbackText = ConversationTexts.HelpIntro(language),
    };

    public static AdaptiveCard NotUnderstood(string text, IEnumerable<IBotCommand> nearest, Language language) => new()
    {
        Body = [new AdaptiveTextBlock { Text = ConversationTexts.NotUnderstood(language, text), Wrap = true }],
        Actions =
        [
            .. nearest.Select(c => RunButton(c.Help(language).Usage, c.Help(language).Usage)),
            RunButton(ConversationTexts.HelpButton(language), "aide"),
        ],
    };

    /// <summary>A button that runs a typed command, as if the user had written it.</summary>
    public static AdaptiveExecuteAction RunButton(string title, string command) =>
        new() { Title = title, Verb = RunVerb, Data = new JsonObject { ["command"] = command } };
}
