using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Exports;

/// <summary>The journal card's export button (admins): a signed, expiring link to the whole journal as CSV.</summary>
internal sealed class JournalExportAction(ExportLinks links) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [JournalCard.ExportVerb];

    public Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var l = request.Caller.Language;
        if (!request.Caller.IsAdmin)
        {
            return Task.FromResult(BotReply.WithText(ConversationTexts.AdminOnly(l)));
        }
        var link = links.Create(ExportEndpoint.JournalPath);
        var title = l.Pick("Journal des modifications (CSV)", "Change log (CSV)");
        return Task.FromResult(BotReply.WithCard(CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(l.Pick(
                    $"Ce lien s’ouvre sans connexion Teams jusqu’au {DateText.Moment(link.ExpiresAt, l)} : il contient des noms de personnes, ne le transmettez qu’aux administrateurs.",
                    $"This link opens without Teams sign-in until {DateText.Moment(link.ExpiresAt, l)}: it holds people’s names, only pass it to administrators.")),
            ],
            [new AdaptiveOpenUrlAction { Title = l.Pick("Télécharger le journal", "Download the log"), Url = link.Url }],
            title)));
    }
}
