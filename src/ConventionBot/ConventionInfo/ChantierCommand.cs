using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary><c>chantier 5</c> or <c>chantier npnru</c>: one chantier's card; the list when nothing or several match.</summary>
internal sealed class ChantierCommand(ConventionCatalog catalog, ConventionViews views) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["chantier", "workstream"];

    public CommandHelp Help(Language language) => new(21, InfoTexts.ChantierUsage(language), InfoTexts.ChantierHelp(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var convention = catalog.Default;
        var language = request.Caller.Language;
        return request.Arguments.Length == 0
            ? BotReply.WithCard(ChantierListCard.Build(convention, language))
            : BotReply.WithCard(await views.ChantierAsync(convention, request.Arguments, language, cancellationToken).ConfigureAwait(false));
    }
}
