using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>Asked for a convention the bot does not know: the ones it follows, as buttons.</summary>
internal static class ConventionChoiceCard
{
    public static AdaptiveCard Build(ConventionCatalog catalog, string query, Language language) => new()
    {
        Body =
        [
            CardParts.Text(InfoTexts.ConventionNotFound(query, language)),
            .. catalog.All.OrderBy(d => d.StartDate).Select(d => CardParts.Subtle($"**{Typography.French(d.Title)}** · {InfoTexts.FromTo(d.StartDate, d.EndDate, language)}")),
        ],
        Actions = [.. catalog.All.OrderBy(d => d.StartDate).Take(5).Select(d => ConventionLinks.Summary(d, Typography.French(d.Title)))],
        FallbackText = InfoTexts.ConventionNotFound(query, language),
    };
}
