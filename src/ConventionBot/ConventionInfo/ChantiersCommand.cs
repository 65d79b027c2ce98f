using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// <c>chantiers</c>: the chantiers by axis. Forgiving: <c>chantiers 2019-2021</c> lists another
/// convention's, and <c>chantiers npnru</c> opens that chantier as <c>chantier npnru</c> would.
/// </summary>
internal sealed class ChantiersCommand(ConventionCatalog catalog, ConventionViews views) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["chantiers", "workstreams"];

    public CommandHelp Help(Language language) =>
        new(20, InfoTexts.ChantiersUsage(language), InfoTexts.ChantiersHelp(catalog.Default.Chantiers.Count, language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Caller.Language;
        return ConventionSelector.Select(catalog, request.Arguments) is { } convention
            ? BotReply.WithCard(ChantierListCard.Build(convention, language))
            : BotReply.WithCard(await views.ChantierAsync(catalog.Default, request.Arguments, language, cancellationToken).ConfigureAwait(false));
    }
}
