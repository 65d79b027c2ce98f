using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>The answers of <c>abonner</c> and <c>désabonner</c>, each with the button that undoes it.</summary>
internal static class SubscriptionCards
{
    public static AdaptiveCard Subscribed(Language l, bool already, ConventionParty? party, bool admin) => new()
    {
        Body =
        [
            Title(SubscriptionTexts.Subscribed(l, already)),
            new AdaptiveTextBlock { Text = SubscriptionTexts.WillReceive(l), Wrap = true },
            .. SubscriptionTexts.Receives(l, admin).Select(line => new AdaptiveTextBlock { Text = "• " + line, Wrap = true, Spacing = AdaptiveSpacing.Small }),
            new AdaptiveFactSet
            {
                Facts = [new AdaptiveFact { Title = SubscriptionTexts.PartyTitle(l), Value = party?.Name ?? SubscriptionTexts.PartyUnknown(l) }],
            },
            new AdaptiveTextBlock { Text = SubscriptionTexts.HowToStop(l), Wrap = true, IsSubtle = true },
        ],
        Actions = [ConversationCards.RunButton(SubscriptionTexts.UnsubscribeButton(l), "desabonner", inPlace: true)],
        FallbackText = SubscriptionTexts.Subscribed(l, already),
    };

    public static AdaptiveCard Unsubscribed(Language l, bool wasSubscribed)
    {
        var text = wasSubscribed ? SubscriptionTexts.Unsubscribed(l) : SubscriptionTexts.NotSubscribed(l);
        return new AdaptiveCard
        {
            Body = [Title(text)],
            Actions = [ConversationCards.RunButton(SubscriptionTexts.SubscribeButton(l), "abonner", inPlace: true)],
            FallbackText = text,
        };
    }

    public static AdaptiveCard UnknownParty(Language l, string typed, IEnumerable<ConventionParty> parties)
    {
        var text = SubscriptionTexts.UnknownParty(l, typed);
        return new AdaptiveCard
        {
            Body = [new AdaptiveTextBlock { Text = text, Wrap = true, Color = AdaptiveTextColor.Attention }],
            Actions =
            [
                .. parties.Select(p => ConversationCards.RunButton(SubscriptionTexts.SubscribeAsButton(l, p), "abonner " + p.Id, inPlace: true)),
                ConversationCards.RunButton(SubscriptionTexts.SubscribeButton(l), "abonner", inPlace: true),
            ],
            FallbackText = text,
        };
    }

    private static AdaptiveTextBlock Title(string text) =>
        new() { Text = text, Size = AdaptiveTextSize.Medium, Weight = AdaptiveTextWeight.Bolder, Wrap = true };
}
