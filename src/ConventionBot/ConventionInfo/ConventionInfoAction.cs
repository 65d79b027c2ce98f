using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>The buttons of the convention cards (<see cref="ConventionLinks"/>): the card shown replaces the one clicked.</summary>
internal sealed class ConventionInfoAction(ConventionCatalog catalog, ConventionViews views) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } =
        [ConventionLinks.SummaryVerb, ConventionLinks.ChantiersVerb, ConventionLinks.ChantierVerb, ConventionLinks.DeadlinesVerb];

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A card may outlive its definition file (a renamed id): fall back to the current convention.
        var convention = catalog.Find(CardData.Text(request.Data, ConventionLinks.ConventionKey) ?? "") ?? catalog.Default;
        var language = request.Caller.Language;
        var card = request.Verb switch
        {
            ConventionLinks.SummaryVerb => await views.SummaryAsync(convention, request.Caller, cancellationToken).ConfigureAwait(false),
            ConventionLinks.DeadlinesVerb => await views.DeadlinesAsync(convention, language, cancellationToken).ConfigureAwait(false),
            ConventionLinks.ChantierVerb when CardData.Text(request.Data, ConventionLinks.ChantierKey) is { } chantier =>
                await views.ChantierAsync(convention, chantier, language, cancellationToken).ConfigureAwait(false),
            _ => ChantierListCard.Build(
                convention, language, page: CardData.Integer(request.Data, ConventionLinks.PageKey) ?? 1, group: CardData.Integer(request.Data, ConventionLinks.GroupKey)),
        };
        return BotReply.WithCard(card);
    }
}
