using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>The answers of <c>abonner</c> and <c>désabonner</c>, each naming its convention, with the button that undoes it.</summary>
internal static class SubscriptionCards
{
    /// <param name="words">How a command names the convention (<c>2014-2020</c>).</param>
    /// <param name="partyCommands">The commands that name each of its parties, shown when the party is unknown.</param>
    public static AdaptiveCard Subscribed(
        Language l, bool already, ConventionDefinition convention, ConventionParty? party, bool admin, string words, IEnumerable<string> partyCommands) => new()
    {
        Body =
        [
            Title(SubscriptionTexts.Subscribed(l, already)),
            new AdaptiveTextBlock { Text = SubscriptionTexts.WillReceive(l), Wrap = true },
            .. SubscriptionTexts.Receives(l, admin).Select(line => new AdaptiveTextBlock { Text = "• " + line, Wrap = true, Spacing = AdaptiveSpacing.Small }),
            new AdaptiveFactSet
            {
                Facts =
                [
                    new AdaptiveFact { Title = SubscriptionTexts.ConventionTitle(l), Value = Typography.French(convention.ShortTitle) },
                    new AdaptiveFact { Title = SubscriptionTexts.PartyTitle(l), Value = party?.Name ?? SubscriptionTexts.PartyUnknown(l, partyCommands) },
                ],
            },
            new AdaptiveTextBlock { Text = SubscriptionTexts.HowToStop(l, $"{SubscriptionTexts.UnsubscribeUsage(l)} {words}"), Wrap = true, IsSubtle = true },
        ],
        Actions = [ConversationCards.RunButton(SubscriptionTexts.UnsubscribeButton(l), $"desabonner {words}", inPlace: true)],
        FallbackText = $"{SubscriptionTexts.Subscribed(l, already)} {convention.ShortTitle}",
    };

    /// <summary><c>désabonner</c> alone (<paramref name="convention"/> null): <paramref name="removed"/> are all it was subscribed to.</summary>
    /// <param name="remaining">With a convention: the others the conversation stays subscribed to.</param>
    public static AdaptiveCard Unsubscribed(
        Language l, ConventionDefinition? convention, IReadOnlyList<ConventionDefinition> removed, IReadOnlyList<ConventionDefinition> remaining,
        Func<ConventionDefinition, string> words)
    {
        var text = (convention, removed.Count > 0) switch
        {
            (null, true) => SubscriptionTexts.Unsubscribed(l),
            (null, false) => SubscriptionTexts.NotSubscribed(l),
            ({ } one, true) => SubscriptionTexts.UnsubscribedFrom(l, one),
            ({ } one, false) => SubscriptionTexts.NotSubscribedTo(l, one),
        };
        var detail = convention is null
            ? removed.Count > 0 ? SubscriptionTexts.WasSubscribedTo(l, removed) : null
            : remaining.Count > 0 ? SubscriptionTexts.StillSubscribedTo(l, remaining) : null;
        var again = convention is not null ? [convention] : removed;
        return new AdaptiveCard
        {
            Body = [Title(text), .. detail is null ? Array.Empty<AdaptiveElement>() : [new AdaptiveTextBlock { Text = detail, Wrap = true }]],
            Actions = again.Count == 0
                ? [ConversationCards.RunButton(SubscriptionTexts.SubscribeButton(l), "abonner", inPlace: true)]
                : [.. again.Select(c => ConversationCards.RunButton(
                    again.Count == 1 ? SubscriptionTexts.SubscribeButton(l) : SubscriptionTexts.SubscribeToButton(l, c), $"abonner {words(c)}", inPlace: true))],
            FallbackText = detail is null ? text : $"{text} {detail}",
        };
    }

    /// <param name="parties">Each party offered, with its convention and the command that subscribes as it.</param>
    public static AdaptiveCard UnknownParty(Language l, string typed, IReadOnlyList<(ConventionDefinition Convention, ConventionParty Party, string Command)> parties)
    {
        var text = SubscriptionTexts.UnknownParty(l, typed);
        var several = parties.Select(p => p.Convention).Distinct().Count() > 1;
        return new AdaptiveCard
        {
            Body = [new AdaptiveTextBlock { Text = text, Wrap = true, Color = AdaptiveTextColor.Attention }],
            Actions =
            [
                .. parties.Select(p => ConversationCards.RunButton(SubscriptionTexts.SubscribeAsButton(l, p.Party, several ? p.Convention : null), p.Command, inPlace: true)),
                ConversationCards.RunButton(SubscriptionTexts.SubscribeButton(l), "abonner", inPlace: true),
            ],
            FallbackText = text,
        };
    }

    private static AdaptiveTextBlock Title(string text) =>
        new() { Text = text, Size = AdaptiveTextSize.Medium, Weight = AdaptiveTextWeight.Bolder, Wrap = true };
}
