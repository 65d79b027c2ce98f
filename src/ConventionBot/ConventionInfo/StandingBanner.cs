using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>The top of the convention card: where we stand in its dates, said plainly, and the renewal for admins.</summary>
internal static class StandingBanner
{
    public static AdaptiveContainer Build(ConventionStanding standing, bool isAdmin, Language language)
    {
        var items = standing.Phase switch
        {
            ConventionPhase.Ended => new List<AdaptiveElement>
            {
                Strong(StandingTexts.Ended(standing, language)),
                CardParts.Text(StandingTexts.RecordsStayOpen(standing, language)),
                CardParts.Text(StandingTexts.Successor(standing, language)),
            },
            ConventionPhase.Running =>
            [
                Strong(StandingTexts.Running(standing, language)),
                CardParts.Text(StandingTexts.Elapsed(standing, language)),
            ],
            _ => [Strong(StandingTexts.NotStarted(standing, language))],
        };
        if (isAdmin && standing.NeedsRenewal)
        {
            items.AddRange(Renewal(standing, language));
        }
        return new AdaptiveContainer
        {
            Items = items,
            Style = standing.Phase switch
            {
                ConventionPhase.Ended => AdaptiveContainerStyle.Warning,
                ConventionPhase.Running => AdaptiveContainerStyle.Good,
                _ => AdaptiveContainerStyle.Accent,
            },
            Spacing = AdaptiveSpacing.Medium,
        };
    }

    private static IEnumerable<AdaptiveElement> Renewal(ConventionStanding standing, Language language)
    {
        yield return CardParts.Text(StandingTexts.AdminRenewal(standing, language));
        var steps = StandingTexts.RenewalSteps(standing, language);
        yield return new AdaptiveActionSet
        {
            Actions =
            [
                new AdaptiveShowCardAction
                {
                    Title = StandingTexts.RenewalButton(language),
                    Card = new AdaptiveCard
                    {
                        Body = [.. steps.Select((step, i) => CardParts.Text($"{i + 1}. {step}"))],
                    },
                },
            ],
        };
    }

    private static AdaptiveTextBlock Strong(string text) =>
        new() { Text = text, Wrap = true, Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium };
}
