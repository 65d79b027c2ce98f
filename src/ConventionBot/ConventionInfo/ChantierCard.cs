using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>One chantier: its axis, description, what is expected, the modalities of intervention, then other features' sections.</summary>
internal static class ChantierCard
{
    public static AdaptiveCard Build(ConventionStanding standing, Chantier chantier, Language language, IEnumerable<IReadOnlyList<AdaptiveElement>> sections)
    {
        var convention = standing.Convention;
        var title = $"{InfoTexts.Chantier(chantier.Number, language)} · {Typography.French(chantier.ShortTitle)}";
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(title),
            CardParts.Subtle(Typography.French(convention.Title)),
            AxisLine(convention, chantier, language),
        };
        if (standing.Phase == ConventionPhase.Ended)
        {
            body.Add(CardParts.Banner(StandingTexts.EndedShort(standing, language), AdaptiveTextColor.Warning));
        }
        body.Add(CardParts.Heading(InfoTexts.Description(language)));
        body.Add(CardParts.Text(Typography.French(chantier.Description)));
        body.AddRange(chantier.Notes.Select(note => CardParts.Subtle(InfoTexts.Note(Typography.French(note), language))));
        if (chantier.ExpectedModalities.Count > 0)
        {
            body.Add(CardParts.Heading(InfoTexts.Expected(language)));
            body.AddRange(chantier.ExpectedModalities.Select(e => CardParts.Bullet(Typography.French(e))));
        }
        body.AddRange(Modalities(convention, chantier, language));
        body.AddRange(CardParts.Sections(sections));
        return new AdaptiveCard { Body = body, Actions = [.. Navigation(convention, chantier, language)], FallbackText = title };
    }

    private static AdaptiveTextBlock AxisLine(ConventionDefinition convention, Chantier chantier, Language language)
    {
        var axis = convention.Axes.FirstOrDefault(a => a.Number == chantier.AxisNumber);
        var text = $"**{InfoTexts.Axis(chantier.AxisNumber, language)}**" + (axis is null ? "" : $" · {Typography.French(axis.Title)}");
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
            yield return ConventionLinks.Chantier(convention, previous, "◀ " + InfoTexts.Chantier(previous.Number, language));
        }
        if (index >= 0 && index < convention.Chantiers.Count - 1)
        {
            var next = convention.Chantiers[index + 1];
            yield return ConventionLinks.Chantier(convention, next, InfoTexts.Chantier(next.Number, language) + " ▶");
        }
        yield return ConventionLinks.Chantiers(convention, InfoTexts.AllChantiers(language));
        yield return ConventionLinks.Summary(convention, InfoTexts.TheConvention(language));
    }
}
