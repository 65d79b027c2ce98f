using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.Cards;

/// <summary>The pieces every card is built from (texts, banners, form errors, buttons), so all cards look alike.</summary>
internal static partial class CardParts
{
    public static AdaptiveTextBlock Title(string text) =>
        new() { Text = NoListMarker(text), Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Wrap = true };

    /// <summary>
    /// A section heading: marked as a heading for screen readers (schema 1.5), and larger, bolder and set apart
    /// by a line, so it reads as one where the host ignores the style.
    /// </summary>
    public static AdaptiveTextBlock Heading(string text) => new()
    {
        Text = NoListMarker(text),
        Style = AdaptiveTextBlockStyle.Heading,
        Size = AdaptiveTextSize.Medium,
        Weight = AdaptiveTextWeight.Bolder,
        Wrap = true,
        Spacing = AdaptiveSpacing.Large,
        Separator = true,
    };

    public static AdaptiveTextBlock Text(string text, AdaptiveTextColor? color = null) => new() { Text = NoListMarker(text), Wrap = true, Color = color };

    /// <summary>A quieter line, set close to what it qualifies.</summary>
    public static AdaptiveTextBlock Subtle(string text) => new() { Text = NoListMarker(text), IsSubtle = true, Wrap = true, Spacing = AdaptiveSpacing.None };

    /// <summary>
    /// A short bold line on a tinted background: the outcome of what the user just did, or a warning. The text keeps the
    /// theme's own colour (yellow or green text on white is hard to read); its words, not the tint, say what it means.
    /// </summary>
    public static AdaptiveContainer Banner(string text, AdaptiveTextColor tone) => new()
    {
        Style = tone switch
        {
            AdaptiveTextColor.Good => AdaptiveContainerStyle.Good,
            AdaptiveTextColor.Warning => AdaptiveContainerStyle.Warning,
            AdaptiveTextColor.Attention => AdaptiveContainerStyle.Attention,
            _ => AdaptiveContainerStyle.Emphasis,
        },
        Items = [new AdaptiveTextBlock { Text = NoListMarker(text), Wrap = true, Weight = AdaptiveTextWeight.Bolder }],
    };

    /// <summary>
    /// The text, with a line that starts like "2. " kept from becoming a numbered list in the card's markdown (which
    /// would indent it and renumber it): the space after the number's dot becomes a no-break space.
    /// </summary>
    public static string NoListMarker(string text) => ListMarker().Replace(text, "$1.\u00a0");

    [GeneratedRegex(@"(?m)^(\s*\d+)\. ")]
    private static partial Regex ListMarker();

    /// <summary>
    /// One bullet with a hanging indent. Lines of <paramref name="item"/> that start with "- " are its
    /// sub-bullets, shown as a markdown list under it (the card markdown has no nested lists).
    /// </summary>
    public static AdaptiveColumnSet Bullet(string item)
    {
        var lines = item.Split('\n');
        var subItems = lines.Skip(1).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var text = string.Join(" ", lines.Skip(1).Where(l => !l.StartsWith("- ", StringComparison.Ordinal)).Prepend(lines[0]));
        var content = new List<AdaptiveElement> { Text(text) };
        if (subItems.Count > 0)
        {
            content.Add(new AdaptiveTextBlock { Text = string.Join("\r", subItems), Wrap = true, Spacing = AdaptiveSpacing.Small });
        }
        return new AdaptiveColumnSet
        {
            Spacing = AdaptiveSpacing.Small,
            Columns =
            [
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Auto, Items = [Text("•")] },
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Stretch, Items = content },
            ],
        };
    }

    /// <summary>Blocks others contribute, one framed block each, skipping the empty ones.</summary>
    public static IEnumerable<AdaptiveElement> Sections(IEnumerable<IReadOnlyList<AdaptiveElement>> sections) =>
        sections.Where(s => s.Count > 0).Select(s => new AdaptiveContainer { Items = [.. s], Separator = true, Spacing = AdaptiveSpacing.Large });

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

    /// <summary>The message under an input that was refused.</summary>
    public static AdaptiveTextBlock FieldError(string message) =>
        new() { Text = message, Color = AdaptiveTextColor.Attention, Wrap = true, Spacing = AdaptiveSpacing.Small };

    /// <summary>Adds the input, followed by its error message when it has one.</summary>
    public static void AddInput(List<AdaptiveElement> elements, IReadOnlyDictionary<string, string> errors, AdaptiveInput input)
    {
        elements.Add(input);
        if (errors.TryGetValue(input.Id!, out var message))
        {
            elements.Add(FieldError(message));
        }
    }

    /// <summary>A button that sends the card's inputs with <paramref name="data"/>.</summary>
    public static AdaptiveExecuteAction Button(string title, string verb, JsonObject? data = null, AdaptiveActionStyle? style = null) =>
        new() { Title = title, Verb = verb, Data = data, Style = style };

    /// <summary>A button that sends no input: navigation that must not carry (nor validate) half-typed values.</summary>
    public static AdaptiveExecuteAction Navigate(string title, string verb, JsonObject? data = null) =>
        new() { Title = title, Verb = verb, Data = data, AssociatedInputs = AdaptiveAssociatedInputs.None };

    /// <summary>A <see cref="Navigate"/> button to another card: the answer comes as a new message, the clicked card stays.</summary>
    public static AdaptiveExecuteAction Open(string title, string verb, JsonObject? data = null) =>
        Navigate(title, verb, CardData.OpeningNewCard(data));

    /// <summary>A full-width card.</summary>
    public static AdaptiveCard Card(IEnumerable<AdaptiveElement> body, IEnumerable<AdaptiveAction> actions, string fallbackText) => new()
    {
        Body = [.. body],
        Actions = [.. actions],
        FallbackText = fallbackText,
        MsTeams = new AdaptiveMsTeams { Width = AdaptiveMsTeams.FullWidth },
    };
}
