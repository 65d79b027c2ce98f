using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Subscriptions;

/// <summary><c>abonner [partie]</c>: this conversation receives reminders and alerts from now on.</summary>
internal sealed class SubscribeCommand(
    ISubscriptionStore store, PartyResolver parties, AuditJournal journal, TimeProvider timeProvider, ILogger<SubscribeCommand> logger)
    : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["abonner", "abonnement", "s'abonner", "s’abonner", "subscribe"];

    public CommandHelp Help(Language language) =>
        new(80, SubscriptionTexts.SubscribeUsage(language), SubscriptionTexts.SubscribeMeaning(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        var existing = await store.FindAsync(caller.ConversationId, cancellationToken).ConfigureAwait(false);
        var choice = parties.Resolve(request.Arguments, caller.TenantId, existing?.PartyId);
        if (!choice.Valid)
        {
            return BotReply.WithCard(SubscriptionCards.UnknownParty(caller.Language, request.Arguments, parties.Parties));
        }

        var party = choice.Party;
        var subscription = new Subscription(
            caller.ConversationId,
            caller.ConversationType,
            party?.Id,
            caller.AadObjectId,
            existing?.SubscribedAt ?? timeProvider.GetUtcNow(),
            caller.Language);
        await store.SubscribeAsync(subscription, cancellationToken).ConfigureAwait(false);
        SubscriptionsLog.Subscribed(logger, caller.ConversationType, party?.Id ?? "unknown", existing is not null);
        await journal.RecordAsync(caller, SubscriptionTexts.Journal(
            party is null ? "conversation abonnée aux rappels" : $"conversation abonnée aux rappels pour {party.ShortName}"), cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(SubscriptionCards.Subscribed(caller.Language, existing is not null, party, caller.IsAdmin));
    }
}
