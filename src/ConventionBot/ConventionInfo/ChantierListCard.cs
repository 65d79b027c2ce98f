using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// The items grouped by their group (chantiers by axis, actions by orientation), each with a button opening its card.
/// Dozens of items are paged, whole groups to a page as long as a group fits, so that the card stays far under
/// Teams' size cap.
/// </summary>
internal static class ChantierListCard
{
    /// <summary>About 400 bytes an item with its button: 20 items keep a page under a third of the 28 KB cap.</summary>
    public const int PageSize = 20;

    /// <param name="notice">Said first, e.g. why the user sees the list instead of one item.</param>
    /// <param name="chantiers">The items to list; all of the convention's when null.</param>
    /// <param name="page">1-based; out of range shows the nearest page.</param>
    public static AdaptiveCard Build(
        ConventionDefinition convention, Language language, string? notice = null, IReadOnlyList<Chantier>? chantiers = null, int page = 1, int? group = null)
    {
        var listed = chantiers ?? convention.Chantiers.Where(c => group is null || c.AxisNumber == group).ToList();
        var pages = Pages(convention, listed);
        var index = Math.Clamp(page, 1, pages.Count) - 1;
        var body = new List<AdaptiveElement>();
        if (notice is not null)
        {
            body.Add(CardParts.Banner(notice, AdaptiveTextColor.Warning));
        }
        body.Add(CardParts.Title(InfoTexts.ChantiersTitle(convention, language)));
        if (pages.Count > 1)
        {
            body.Add(CardParts.Subtle(InfoTexts.Page(index + 1, pages.Count, language)));
        }
        body.AddRange(ByAxis(convention, pages[index], language));
        var actions = new List<AdaptiveAction>();
        if (index > 0)
        {
            actions.Add(ConventionLinks.Chantiers(convention, "◀ " + InfoTexts.PreviousPage(language), index, group));
        }
        if (index < pages.Count - 1)
        {
            actions.Add(ConventionLinks.Chantiers(convention, InfoTexts.NextPage(language) + " ▶", index + 2, group));
        }
        actions.Add(ConventionLinks.Summary(convention, convention.ShortTitle));
        actions.Add(ConventionLinks.Deadlines(convention, InfoTexts.Deadlines(language)));
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = InfoTexts.ChantiersTitle(convention, language) };
    }

    /// <summary>Each group that has one of <paramref name="chantiers"/>, followed by a row per item with its button.</summary>
    public static IEnumerable<AdaptiveElement> ByAxis(ConventionDefinition convention, IReadOnlyList<Chantier> chantiers, Language language) =>
        Group(convention, chantiers, language, ofAxis => ofAxis.Select(c => Row(convention, c, language)));

    /// <summary>The same without buttons, one list per group: the convention card has others' sections to fit in.</summary>
    public static IEnumerable<AdaptiveElement> Compact(ConventionDefinition convention, Language language) =>
        Group(convention, convention.Chantiers, language, ofAxis =>
            [new AdaptiveTextBlock { Text = string.Join("\r", ofAxis.Select(c => $"- {Label(c)}")), Wrap = true, Spacing = AdaptiveSpacing.Small }]);

    /// <summary>Whole groups to a page while they fit in <see cref="PageSize"/>; a larger group is cut.</summary>
    private static List<IReadOnlyList<Chantier>> Pages(ConventionDefinition convention, IReadOnlyList<Chantier> listed)
    {
        var pages = new List<IReadOnlyList<Chantier>>();
        var current = new List<Chantier>();
        foreach (var ofAxis in convention.Axes.Select(a => listed.Where(c => c.AxisNumber == a.Number).ToList()).Where(g => g.Count > 0))
        {
            if (current.Count > 0 && current.Count + ofAxis.Count > PageSize)
            {
                pages.Add(current);
                current = [];
            }
            foreach (var chunk in ofAxis.Chunk(PageSize))
            {
                if (current.Count + chunk.Length > PageSize)
                {
                    pages.Add(current);
                    current = [];
                }
                current.AddRange(chunk);
            }
        }
        pages.Add(current);
        return pages;
    }

    private static IEnumerable<AdaptiveElement> Group(
        ConventionDefinition convention, IReadOnlyList<Chantier> chantiers, Language language, Func<List<Chantier>, IEnumerable<AdaptiveElement>> list)
    {
        foreach (var axis in convention.Axes)
        {
            var ofAxis = chantiers.Where(c => c.AxisNumber == axis.Number).ToList();
            if (ofAxis.Count == 0)
            {
                continue;
            }
            yield return new AdaptiveTextBlock
            {
                Text = $"**{convention.AxisName(axis, language)}** · {Typography.French(axis.Title)}",
                Wrap = true,
                Spacing = AdaptiveSpacing.Medium,
                Color = AdaptiveTextColor.Accent,
            };
            foreach (var element in list(ofAxis))
            {
                yield return element;
            }
        }
    }

    private static string Label(Chantier chantier) => $"**{chantier.Number}** · {Typography.French(chantier.ShortTitle)}";

    private static AdaptiveColumnSet Row(ConventionDefinition convention, Chantier chantier, Language language) => new()
    {
        Spacing = AdaptiveSpacing.Small,
        Columns =
        [
            new AdaptiveColumn
            {
                Width = AdaptiveColumnWidth.Stretch,
                Items = [CardParts.Text(Label(chantier))],
            },
            new AdaptiveColumn
            {
                Width = AdaptiveColumnWidth.Auto,
                Items = [new AdaptiveActionSet { Actions = [ConventionLinks.Chantier(convention, chantier, InfoTexts.Open(language))] }],
            },
        ],
    };
}
