using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// One item (a chantier, an action): its group, its sheet (what the definition has of objective, description, pilot,
/// partners, tools, budget, calendar, territory, expectations), the modalities, its indicators, then other features' sections.
/// </summary>
internal static class ChantierCard
{
    public static AdaptiveCard Build(ConventionStanding standing, Chantier chantier, Language language, IEnumerable<IReadOnlyList<AdaptiveElement>> sections)
    {
        var convention = standing.Convention;
        var title = $"{convention.Levels.Item.Numbered(chantier.Number, language)} · {Typography.French(chantier.ShortTitle)}";
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(title),
            CardParts.Subtle(Typography.French(convention.ShortTitle)),
            AxisLine(convention, chantier, language),
        };
        if (standing.Phase == ConventionPhase.Ended)
        {
            body.Add(CardParts.Banner(StandingTexts.EndedShort(standing, language), AdaptiveTextColor.Warning));
        }
        if (!string.Equals(chantier.Title, chantier.ShortTitle, StringComparison.Ordinal) && chantier.Description.Length == 0)
        {
            body.Add(CardParts.Text(Typography.French(chantier.Title)));
        }
        body.AddRange(Part(InfoTexts.Objective(language), chantier.Objective));
        body.AddRange(Sheet(chantier, language));
        body.AddRange(chantier.Notes.Select(note => CardParts.Subtle(InfoTexts.Note(Typography.French(note), language))));
        if (chantier.ExpectedModalities.Count > 0)
        {
            body.Add(CardParts.Heading(InfoTexts.Expected(language)));
            body.AddRange(chantier.ExpectedModalities.Select(e => CardParts.Bullet(Typography.French(e))));
        }
        body.AddRange(Modalities(convention, chantier, language));
        body.AddRange(Indicators(chantier, language));
        body.AddRange(CardParts.Sections(sections));
        return new AdaptiveCard { Body = body, Actions = [.. Navigation(convention, chantier, language)], FallbackText = title };
    }

    /// <summary>
    /// The description, then the sheet's operational parts (pilot, partners, tools and means, budget, calendar,
    /// territory) folded with it behind a button when there are any: a PLH action's sheet is several screens long, and
    /// the objective and indicators are what people look for. A chantier of the convention has only its description.
    /// </summary>
    private static IEnumerable<AdaptiveElement> Sheet(Chantier chantier, Language language)
    {
        var description = Part(InfoTexts.Description(language), chantier.Description);
        List<AdaptiveElement> parts =
        [
            .. Part(InfoTexts.Pilot(language), chantier.Pilot),
            .. Part(InfoTexts.Partners(language), chantier.Partners.Count == 0 ? null : string.Join("\n", chantier.Partners.Select(p => "- " + p))),
            .. Part(InfoTexts.Tools(language), chantier.Tools),
            .. Part(InfoTexts.Budget(language), chantier.Budget),
            .. Part(InfoTexts.Calendar(language), chantier.Calendar),
            .. Part(InfoTexts.Territory(language), chantier.Territory),
        ];
        if (parts.Count == 0)
        {
            return description;
        }
        return [new AdaptiveActionSet
        {
            Actions = [new AdaptiveShowCardAction { Title = InfoTexts.FullSheet(language), Card = new AdaptiveCard { Body = [.. description, .. parts] } }],
        }];
    }

    private static AdaptiveTextBlock AxisLine(ConventionDefinition convention, Chantier chantier, Language language)
    {
        var axis = convention.FindAxis(chantier.AxisNumber);
        var text = axis is null ? $"**{convention.Levels.Group.Numbered(chantier.AxisNumber, language)}**" : $"**{convention.AxisName(axis, language)}** · {Typography.French(axis.Title)}";
        return new AdaptiveTextBlock { Text = text, Wrap = true, Color = AdaptiveTextColor.Accent };
    }

    private static IEnumerable<AdaptiveElement> Modalities(ConventionDefinition convention, Chantier chantier, Language language)
    {
        var modalities = convention.Modalities.Where(m => chantier.ModalityNumbers.Contains(m.Number)).ToList();
        if (modalities.Count == 0)
        {
            yield break;
        }
        yield return CardParts.Heading(InfoTexts.Modalities(language));
        foreach (var modality in modalities)
        {
            yield return CardParts.Bullet($"**{Typography.French(modality.ShortLabel)}** — {Typography.French(modality.Text)}");
        }
    }

    private static IEnumerable<AdaptiveAction> Navigation(ConventionDefinition convention, Chantier chantier, Language language)
    {
        var index = convention.Chantiers.ToList().FindIndex(c => c.Number == chantier.Number);
        if (index > 0)
        {
            var previous = convention.Chantiers[index - 1];
            yield return ConventionLinks.Chantier(convention, previous, "◀ " + convention.Levels.Item.Numbered(previous.Number, language));
        }
        if (index >= 0 && index < convention.Chantiers.Count - 1)
        {
            var next = convention.Chantiers[index + 1];
            yield return ConventionLinks.Chantier(convention, next, convention.Levels.Item.Numbered(next.Number, language) + " ▶");
        }
        // The list opens on the page holding this item.
        var page = index / ChantierListCard.PageSize + 1;
        yield return ConventionLinks.Chantiers(convention, InfoTexts.AllChantiers(convention.Levels.Item, language), page > 1 ? page : null);
        yield return ConventionLinks.Summary(convention, InfoTexts.TheConvention(convention, language));
    }

    /// <summary>A heading and its text (paragraphs and "- " bullets kept), or nothing when the definition lacks it.</summary>
    private static IEnumerable<AdaptiveElement> Part(string heading, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        yield return CardParts.Heading(heading);
        // A paragraph per block; consecutive "- " lines make one markdown list: few elements, so that a long sheet fits the card.
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var block in lines.ChunkBy(line => line.StartsWith("- ", StringComparison.Ordinal)))
        {
            yield return block.IsList
                ? new AdaptiveTextBlock { Text = string.Join("\r", block.Lines.Select(Typography.French)), Wrap = true, Spacing = AdaptiveSpacing.Small }
                : CardParts.Text(Typography.French(string.Join("\n\n", block.Lines)));
        }
    }

    /// <summary>What the yearly bilan measures: name, unit, kind and target.</summary>
    private static IEnumerable<AdaptiveElement> Indicators(Chantier chantier, Language language)
    {
        if (chantier.Indicators.Count == 0)
        {
            yield break;
        }
        yield return CardParts.Heading(InfoTexts.Indicators(language));
        yield return new AdaptiveTextBlock
        {
            Text = string.Join("\r", chantier.Indicators.Select(i => $"- **{Typography.French(i.Label(language))}** ({i.Hint(language)})")),
            Wrap = true,
        };
    }
}

/// <summary>Runs of consecutive lines that are, or are not, list items.</summary>
internal static class LineBlocks
{
    public static IEnumerable<(bool IsList, IReadOnlyList<string> Lines)> ChunkBy(this IEnumerable<string> lines, Func<string, bool> isListItem)
    {
        var current = new List<string>();
        var currentIsList = false;
        foreach (var line in lines)
        {
            var isList = isListItem(line);
            if (current.Count > 0 && isList != currentIsList)
            {
                yield return (currentIsList, current);
                current = [];
            }
            currentIsList = isList;
            current.Add(line);
        }
        if (current.Count > 0)
        {
            yield return (currentIsList, current);
        }
    }
}
