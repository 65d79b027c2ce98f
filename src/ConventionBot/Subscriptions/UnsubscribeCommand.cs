using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Subscriptions;

/// <summary>
/// <c>désabonner</c>: this conversation receives nothing more; <c>désabonner 2014-2020</c> (a convention's years or id,
/// or a party only it has, as <c>abonner</c> reads them: <see cref="PartyResolver"/>): nothing more of that convention,
/// the others kept.
/// "se désabonner" is not a keyword: the router reads the first word only, and "se" would claim every reflexive verb.
/// </summary>
internal sealed class UnsubscribeCommand(
    ISubscriptionStore store, PartyResolver parties, ConventionCatalog catalog, AuditJournal journal, ILogger<UnsubscribeCommand> logger) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["desabonner", "desabonnement", "unsubscribe"];

    public CommandHelp Help(Language language) =>
        new(81, SubscriptionTexts.UnsubscribeUsage(language), SubscriptionTexts.UnsubscribeMeaning(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        var existing = await store.FindAsync(caller.ConversationId, cancellationToken).ConfigureAwait(false);
        // The convention abonner would pick for the same words: "désabonner cua" is about the PLH as "abonner cua" is.
        var convention = request.Arguments.Trim().Length == 0 ? null : parties.Resolve(request.Keyword, request.Arguments, null, []).Convention;
        var before = SubscriptionChanges.Conventions(existing, catalog);
        var after = convention is null ? [] : SubscriptionChanges.Unsubscribe(existing, convention, catalog);
        var removed = convention is null ? before : [.. before.Where(c => c == convention)];
        if (existing.Count > 0 && (convention is null || removed.Count > 0))
        {
            await store.ReplaceAsync(existing, after, cancellationToken).ConfigureAwait(false);
            foreach (var gone in removed)
            {
                SubscriptionsLog.Unsubscribed(logger, caller.ConversationType, gone.Id);
                await journal.RecordAsync(caller, SubscriptionTexts.Journal(gone, "conversation désabonnée des rappels"), cancellationToken).ConfigureAwait(false);
            }
        }
        var remaining = before.Where(c => !removed.Contains(c)).ToList();
        return BotReply.WithCard(SubscriptionCards.Unsubscribed(caller.Language, convention, removed, remaining, parties.Words));
    }
}
