using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.ConventionInfo;

/// <summary>The few text styles the convention cards share, so they all look alike.</summary>
internal static class CardParts
{
    public static AdaptiveTextBlock Title(string text) =>
        new() { Text = text, Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Wrap = true };

    public static AdaptiveTextBlock Heading(string text) =>
        new() { Text = text, Size = AdaptiveTextSize.Medium, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Spacing = AdaptiveSpacing.Large, Separator = true };

    public static AdaptiveTextBlock Paragraph(string text, AdaptiveTextColor? color = null) =>
        new() { Text = text, Wrap = true, Color = color };

    public static AdaptiveTextBlock Subtle(string text) =>
        new() { Text = text, Wrap = true, IsSubtle = true, Spacing = AdaptiveSpacing.None };

    /// <summary>
    /// One bullet with a hanging indent. Lines of <paramref name="item"/> that start with "- " are its
    /// sub-bullets, shown as a markdown list under it (the card markdown has no nested lists).
    /// </summary>
    public static AdaptiveColumnSet Bullet(string item)
    {
        var lines = item.Split('\n');
        var subItems = lines.Skip(1).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var text = string.Join(" ", lines.Skip(1).Where(l => !l.StartsWith("- ", StringComparison.Ordinal)).Prepend(lines[0]));
        var content = new List<AdaptiveElement> { Paragraph(text) };
        if (subItems.Count > 0)
        {
            content.Add(new AdaptiveTextBlock { Text = string.Join("\r", subItems), Wrap = true, Spacing = AdaptiveSpacing.Small });
        }
        return new AdaptiveColumnSet
        {
            Spacing = AdaptiveSpacing.Small,
            Columns =
            [
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Auto, Items = [Paragraph("•")] },
                new AdaptiveColumn { Width = AdaptiveColumnWidth.Stretch, Items = content },
            ],
        };
    }

    /// <summary>What other features contribute, one framed block each, skipping the empty ones.</summary>
    public static IEnumerable<AdaptiveElement> Sections(IEnumerable<IReadOnlyList<AdaptiveElement>> sections) =>
        sections.Where(s => s.Count > 0).Select(s => new AdaptiveContainer
        {
            Items = [.. s],
            Separator = true,
            Spacing = AdaptiveSpacing.Large,
        });
}
