using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// The convention card: title, where we stand (first, said plainly), parties and dates, axes and
/// chantiers, commitments, the sections other features contribute, then the contribution terms.
/// </summary>
internal static class SummaryCard
{
    public static AdaptiveCard Build(ConventionStanding standing, bool isAdmin, Language language, IEnumerable<IReadOnlyList<AdaptiveElement>> sections)
    {
        var convention = standing.Convention;
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(Typography.French(convention.Title)),
            StandingBanner.Build(standing, isAdmin, language),
            Parties(convention, language),
            CardParts.Heading(InfoTexts.AxesAndChantiers(convention.Levels, language)),
        };
        body.AddRange(ChantierListCard.Compact(convention, language));
        body.AddRange(TermsElements.Commitments(convention, language));
        body.AddRange(CardParts.Sections(sections));
        body.AddRange(TermsElements.Contribution(convention, language));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [.. Actions(standing, language)],
            FallbackText = $"{convention.Title} — {FallbackStanding(standing, language)}",
        };
    }

    private static AdaptiveFactSet Parties(ConventionDefinition convention, Language language) => new()
    {
        Facts =
        [
            .. convention.Parties.Select(p => new AdaptiveFact
            {
                Title = InfoTexts.Role(p.Role, language),
                Value = Typography.French(p.Name),
            }),
            new AdaptiveFact { Title = InfoTexts.Period(language), Value = InfoTexts.FromTo(convention.StartDate, convention.EndDate, language) },
        ],
    };

    private static IEnumerable<AdaptiveAction> Actions(ConventionStanding standing, Language language)
    {
        yield return ConventionLinks.Deadlines(standing.Convention, InfoTexts.Deadlines(language));
        yield return ConventionLinks.Chantiers(standing.Convention, InfoTexts.AllChantiers(standing.Convention.Levels.Item, language));
        if (standing.Successor is { } next)
        {
            yield return ConventionLinks.Summary(next, Typography.French(next.Title));
        }
    }

    private static string FallbackStanding(ConventionStanding standing, Language language) => standing.Phase switch
    {
        ConventionPhase.Ended => StandingTexts.Ended(standing, language),
        ConventionPhase.Running => StandingTexts.Running(standing, language),
        _ => StandingTexts.NotStarted(standing, language),
    };
}
