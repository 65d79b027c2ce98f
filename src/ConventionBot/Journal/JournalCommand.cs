using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Journal;

/// <summary>
/// <c>journal</c> (admins): the changes to the record, newest first, a page at a time; <c>journal 2024</c>,
/// <c>journal chantier 5</c> (<c>journal action 12</c>: any definition's item word) or <c>journal dupont</c> filter by year,
/// item or person; a definition's id or years said first keep only its changes.
/// </summary>
internal sealed class JournalCommand(AuditJournal journal, ConventionCatalog catalog) : IBotCommand, ICardAction
{
    public const int PageSize = 10;

    public IReadOnlyList<string> Keywords { get; } = ["journal", "log"];

    public IReadOnlyList<string> Verbs { get; } = [JournalCard.PageVerb];

    public CommandHelp Help(Language language) => new(
        85, language.Pick("journal", "log"),
        language.Pick("qui a modifié quoi et quand (administrateurs)", "who changed what and when (administrators)"));

    public Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ShowAsync(request.Caller, JournalQuery.Parse(request.Arguments, catalog), null, cancellationToken);
    }

    public Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = JournalQuery.Parse(CardData.Text(request.Data, JournalCard.QueryKey) ?? "", catalog);
        return ShowAsync(request.Caller, query, CardData.Text(request.Data, JournalCard.AfterKey), cancellationToken);
    }

    private async Task<BotReply> ShowAsync(Caller caller, JournalQuery query, string? after, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(caller.Language));
        }
        var page = await journal.ReadAsync(query, after, PageSize, cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(JournalCard.Build(query, page, catalog, caller.Language));
    }
}
