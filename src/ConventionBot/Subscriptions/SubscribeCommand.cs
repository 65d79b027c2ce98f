using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Subscriptions;

/// <summary>
/// <c>abonner [convention] [partie]</c>: this conversation receives one convention's reminders and alerts from now on
/// (which convention and party: <see cref="PartyResolver"/>); its other subscriptions stay as they are.
/// </summary>
internal sealed class SubscribeCommand(
    ISubscriptionStore store, PartyResolver parties, ConventionCatalog catalog, AuditJournal journal, TimeProvider timeProvider, ILogger<SubscribeCommand> logger)
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
        var choice = parties.Resolve(request.Keyword, request.Arguments, caller.TenantId, existing);
        if (!choice.Valid)
        {
            return BotReply.WithCard(SubscriptionCards.UnknownParty(caller.Language, request.Arguments,
                [.. choice.Offered.SelectMany(c => c.Parties.Select(p => (c, p, parties.SubscribeAs(c, p))))]));
        }

        var (convention, party) = (choice.Convention, choice.Party);
        var previous = existing.Where(s => s.IsFor(convention)).OrderBy(s => s.ConventionId is null).FirstOrDefault();
        var subscription = new Subscription(
            caller.ConversationId,
            convention.Id,
            caller.ConversationType,
            party?.Id,
            caller.AadObjectId,
            previous?.SubscribedAt ?? timeProvider.GetUtcNow(),
            caller.Language);
        await store.ReplaceAsync(existing, SubscriptionChanges.Subscribe(existing, subscription, catalog), cancellationToken).ConfigureAwait(false);
        SubscriptionsLog.Subscribed(logger, caller.ConversationType, convention.Id, party?.Id ?? "unknown", previous is not null);
        await journal.RecordAsync(caller, SubscriptionTexts.Journal(convention,
            party is null ? "conversation abonnée aux rappels" : $"conversation abonnée aux rappels pour {party.ShortName}"), cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(SubscriptionCards.Subscribed(caller.Language, previous is not null, convention, party, caller.IsAdmin,
            parties.Words(convention), convention.Parties.Select(p => parties.SubscribeAs(convention, p))));
    }
}
