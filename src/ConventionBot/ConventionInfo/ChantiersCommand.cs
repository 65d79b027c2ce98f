using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// <c>chantiers</c>, <c>actions</c>, <c>orientations</c>, <c>axes</c>: the items by group, paged. Forgiving:
/// <c>orientation 3</c> or <c>axe jeunes</c> lists that group's items, <c>chantiers 2019-2021</c> another convention's,
/// and <c>chantiers npnru</c> opens that item as <c>chantier npnru</c> would.
/// </summary>
internal sealed class ChantiersCommand(ConventionCatalog catalog, ConventionViews views) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } =
        [.. catalog.All.SelectMany(d => new[] { d.Levels.Item.Plural, d.Levels.Item.EnglishPlural }.Select(CommandText.Normalize).Concat(d.Levels.Group.Words)).Distinct()];

    public CommandHelp Help(Language language) =>
        new(20, InfoTexts.ChantiersUsage(catalog.Default, language), InfoTexts.ChantiersHelp(catalog.All, language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Caller.Language;
        var (convention, arguments) = catalog.Scope(request.Keyword, request.Arguments);
        if (arguments.Length == 0)
        {
            return BotReply.WithCard(ChantierListCard.Build(convention, language));
        }
        if (ConventionSelector.Select(catalog, arguments) is { } other)
        {
            return BotReply.WithCard(ChantierListCard.Build(other, language));
        }
        if (convention.Levels.Group.Words.Contains(request.Keyword) && ChantierQuery.Group(convention, arguments) is { } group)
        {
            return BotReply.WithCard(ChantierListCard.Build(convention, language, group: group.Number));
        }
        return BotReply.WithCard(await views.ChantierAsync(convention, arguments, language, cancellationToken).ConfigureAwait(false));
    }
}
