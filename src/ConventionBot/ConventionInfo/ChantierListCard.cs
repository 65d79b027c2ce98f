using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>The chantiers grouped by axis, each with a button opening its card.</summary>
internal static class ChantierListCard
{
    /// <param name="notice">Said first, e.g. why the user sees the list instead of one chantier.</param>
    /// <param name="chantiers">The chantiers to list; all of the convention's when null.</param>
    public static AdaptiveCard Build(ConventionDefinition convention, Language language, string? notice = null, IReadOnlyList<Chantier>? chantiers = null)
    {
        var listed = chantiers ?? convention.Chantiers;
        var body = new List<AdaptiveElement>();
        if (notice is not null)
        {
            body.Add(CardParts.Banner(notice, AdaptiveTextColor.Warning));
        }
        body.Add(CardParts.Title(InfoTexts.ChantiersTitle(convention.Chantiers.Count, convention.Title, language)));
        body.AddRange(ByAxis(convention, listed, language));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                ConventionLinks.Summary(convention, InfoTexts.TheConvention(language)),
                ConventionLinks.Deadlines(convention, InfoTexts.Deadlines(language)),
            ],
            FallbackText = InfoTexts.ChantiersTitle(convention.Chantiers.Count, convention.Title, language),
        };
    }

    /// <summary>Each axis that has one of <paramref name="chantiers"/>, followed by a row per chantier with its button.</summary>
    public static IEnumerable<AdaptiveElement> ByAxis(ConventionDefinition convention, IReadOnlyList<Chantier> chantiers, Language language) =>
        Group(convention, chantiers, language, ofAxis => ofAxis.Select(c => Row(convention, c, language)));

    /// <summary>The same without buttons, one list per axis: the convention card has others' sections to fit in.</summary>
    public static IEnumerable<AdaptiveElement> Compact(ConventionDefinition convention, Language language) =>
        Group(convention, convention.Chantiers, language, ofAxis =>
            [new AdaptiveTextBlock { Text = string.Join("\r", ofAxis.Select(c => $"- {Label(c)}")), Wrap = true, Spacing = AdaptiveSpacing.Small }]);

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
                Text = $"**{InfoTexts.Axis(axis.Number, language)}** · {Typography.French(axis.Title)}",
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
