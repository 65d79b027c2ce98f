using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.Bilans;

/// <summary>Card pieces the bilan, funding and export cards share: titles, banners, buttons, data.</summary>
public static class CardParts
{
    public static AdaptiveTextBlock Title(string text) =>
        new() { Text = text, Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Wrap = true };

    public static AdaptiveTextBlock Subtle(string text) => new() { Text = text, IsSubtle = true, Wrap = true, Spacing = AdaptiveSpacing.None };

    public static AdaptiveTextBlock Text(string text) => new() { Text = text, Wrap = true };

    public static AdaptiveTextBlock Heading(string text) =>
        new() { Text = text, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true, Spacing = AdaptiveSpacing.Medium };

    /// <summary>A confirmation (green) or nothing.</summary>
    public static IEnumerable<AdaptiveElement> Notice(string? text) => text is null
        ? []
        : [new AdaptiveContainer { Style = AdaptiveContainerStyle.Good, Items = [Text(text)] }];

    /// <summary>Problems (red) under an introduction, or nothing when there are none.</summary>
    public static IEnumerable<AdaptiveElement> Problems(string introduction, IReadOnlyList<string> problems) => problems.Count == 0
        ? []
        : [new AdaptiveContainer
        {
            Style = AdaptiveContainerStyle.Attention,
            Items = [new AdaptiveTextBlock { Text = introduction, Wrap = true, Weight = AdaptiveTextWeight.Bolder }, .. problems.Select(p => Text("• " + p))],
        }];

    /// <summary>A warning (yellow) holding <paramref name="items"/>.</summary>
    public static AdaptiveContainer Warning(params IEnumerable<AdaptiveElement> items) =>
        new() { Style = AdaptiveContainerStyle.Warning, Items = [.. items] };

    public static AdaptiveExecuteAction Button(string title, string verb, JsonObject data, AdaptiveActionStyle? style = null) =>
        new() { Title = title, Verb = verb, Data = data, Style = style };

    /// <summary>A button that sends no input: navigation that must not carry half-typed values.</summary>
    public static AdaptiveExecuteAction Link(string title, string verb, JsonObject data) =>
        new() { Title = title, Verb = verb, Data = data, AssociatedInputs = AdaptiveAssociatedInputs.None };

    public static AdaptiveCard Card(IEnumerable<AdaptiveElement> body, IEnumerable<AdaptiveAction> actions, string fallbackText) => new()
    {
        Body = [.. body],
        Actions = [.. actions],
        FallbackText = fallbackText,
        MsTeams = new AdaptiveMsTeams { Width = AdaptiveMsTeams.FullWidth },
    };
}
