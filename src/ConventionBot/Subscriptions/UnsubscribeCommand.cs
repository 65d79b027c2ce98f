using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Subscriptions;

/// <summary>
/// <c>désabonner</c>: this conversation receives nothing more. "se désabonner" is not a keyword: the router reads the
/// first word only, and "se" would claim every reflexive verb.
/// </summary>
internal sealed class UnsubscribeCommand(ISubscriptionStore store, AuditJournal journal, ILogger<UnsubscribeCommand> logger) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["desabonner", "desabonnement", "unsubscribe"];

    public CommandHelp Help(Language language) =>
        new(81, SubscriptionTexts.UnsubscribeUsage(language), SubscriptionTexts.UnsubscribeMeaning(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        var existing = await store.FindAsync(caller.ConversationId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            await store.UnsubscribeAsync(caller.ConversationId, cancellationToken).ConfigureAwait(false);
            SubscriptionsLog.Unsubscribed(logger, caller.ConversationType);
            await journal.RecordAsync(caller, SubscriptionTexts.Journal("conversation désabonnée des rappels"), cancellationToken).ConfigureAwait(false);
        }
        return BotReply.WithCard(SubscriptionCards.Unsubscribed(caller.Language, existing is not null));
    }
}
