using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Funding;

/// <summary>At send time: tells the AR Hlm's conversations that a dossier file was refused, why, and how to send another.</summary>
internal sealed class DossierRejectionRenderer(ConventionCatalog catalog, DossierStore store, IReminderAudience audience, ILogger<DossierRejectionRenderer> logger)
    : INotificationRenderer
{
    public const string Kind = "dossier.rejected";

    string INotificationRenderer.Kind => Kind;

    public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (DossierRejectionNotice.FromJson(notification.Payload) is not { } notice
            || catalog.Find(notice.ConventionId) is not { Contribution: { } terms } convention
            || DossierItems.Find(terms, notice.ItemId) is not { } item
            || await store.FindAsync(notice.ConventionId, notice.Year, notice.ItemId, notice.UploadId, cancellationToken).ConfigureAwait(false) is not { Rejection: { } rejection } file)
        {
            return [];
        }
        var deliveries = (await audience.PartyAsync(convention.Id, terms.CallerPartyId, cancellationToken).ConfigureAwait(false))
            .GroupBy(r => r.Language)
            .SelectMany(group =>
            {
                var card = BotReply.WithCard(Card(convention, item, file, rejection, group.Key));
                return group.Select(r => new NotificationDelivery(r.ConversationId, card, r.Conversation));
            })
            .ToList();
        DossierLog.RejectionRendered(logger, convention.Id, notice.Year, deliveries.Count);
        return deliveries;
    }

    internal static AdaptiveCard Card(ConventionDefinition convention, ContributionDocument item, DossierFile file, DossierRejection rejection, Language l)
    {
        var title = l.Pick($"Contribution {file.Year} : pièce refusée", $"{file.Year} contribution: document rejected");
        return CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(l.Pick(
                    $"Le fichier « {file.FileName} » déposé pour « {item.Label} » a été refusé par {rejection.By ?? "la Métropole"} le {DateText.Moment(rejection.At, l)}.",
                    $"The file “{file.FileName}” uploaded for “{item.Label}” was rejected by {rejection.By ?? "the Métropole"} on {DateText.Moment(rejection.At, l)}.")),
                CardParts.Text(l.Pick($"Motif : {rejection.Reason}", $"Reason: {rejection.Reason}")),
                CardParts.Text(l.Pick(
                    "Déposez une nouvelle version depuis le suivi de la contribution (bouton « Déposer un fichier » de la pièce).",
                    "Upload a new version from the contribution follow-up (the document’s “Upload a file” button).")),
            ],
            [CardParts.Open(l.Pick("Ouvrir le suivi de la contribution", "Open the contribution follow-up"), FundingCard.ShowVerb, FundingCard.Data(convention.Id, file.Year))],
            title);
    }
}
