using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Exports;

/// <summary>The campaign card's "consolidated bilan" button: the export links, in place of the campaign card.</summary>
internal sealed class BilanExportAction(ConventionCatalog catalog, BilanExportCard card) : ICardAction
{
    public IReadOnlyList<string> Verbs { get; } = [BilanVerbs.Export];

    public Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Caller.Language;
        return Task.FromResult(YearCardData.TryRead(catalog, request.Data, out var convention, out var year)
            ? BotReply.WithCard(card.Build(convention, year, language))
            : BotReply.WithText(YearTexts.CardOutdated(language)));
    }
}
