using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// <c>chantier 5</c>, <c>chantier npnru</c>, <c>action 12</c>: one item's card, by the item word of any loaded definition;
/// the list when nothing or several match.
/// </summary>
internal sealed class ChantierCommand(ConventionCatalog catalog, ConventionViews views) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } =
        [.. catalog.All.SelectMany(d => new[] { d.Levels.Item.Singular, d.Levels.Item.English }).Select(CommandText.Normalize).Distinct()];

    public CommandHelp Help(Language language) => new(21, InfoTexts.ChantierUsage(catalog.Default, language), InfoTexts.ChantierHelp(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (convention, arguments) = catalog.Scope(request.Keyword, request.Arguments);
        var language = request.Caller.Language;
        return arguments.Length == 0
            ? BotReply.WithCard(ChantierListCard.Build(convention, language))
            : BotReply.WithCard(await views.ChantierAsync(convention, arguments, language, cancellationToken).ConfigureAwait(false));
    }
}
