using System.Text.Json;
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
        var convention = catalog.Find(Read(request.Data, ConventionLinks.ConventionKey)) ?? catalog.Default;
        var language = request.Caller.Language;
        var card = request.Verb switch
        {
            ConventionLinks.SummaryVerb => await views.SummaryAsync(convention, request.Caller, cancellationToken).ConfigureAwait(false),
            ConventionLinks.DeadlinesVerb => await views.DeadlinesAsync(convention, language, cancellationToken).ConfigureAwait(false),
            ConventionLinks.ChantierVerb when Read(request.Data, ConventionLinks.ChantierKey) is { Length: > 0 } chantier =>
                await views.ChantierAsync(convention, chantier, language, cancellationToken).ConfigureAwait(false),
            _ => ChantierListCard.Build(convention, language),
        };
        return BotReply.WithCard(card);
    }

    /// <summary>A string or number value of the button's data, as text; empty when absent.</summary>
    private static string Read(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(),
                _ => "",
            }
            : "";
}
