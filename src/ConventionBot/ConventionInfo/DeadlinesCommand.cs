using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary><c>échéances</c> (or <c>échéances 2022-2024</c>): every feature's deadlines, overdue first.</summary>
internal sealed class DeadlinesCommand(ConventionCatalog catalog, ConventionViews views) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["echeances", "echeance", "deadlines", "deadline"];

    public CommandHelp Help(Language language) => new(50, InfoTexts.DeadlinesUsage(language), InfoTexts.DeadlinesHelp(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Caller.Language;
        return ConventionSelector.Select(catalog, request.Arguments) is { } convention
            ? BotReply.WithCard(await views.DeadlinesAsync(convention, language, cancellationToken).ConfigureAwait(false))
            : BotReply.WithCard(ConventionChoiceCard.Build(catalog, request.Arguments, language));
    }
}
