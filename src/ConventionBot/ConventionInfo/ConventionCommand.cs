using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary><c>convention</c> (or <c>convention 2019-2021</c>): the summary card.</summary>
internal sealed class ConventionCommand(ConventionCatalog catalog, ConventionViews views) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["convention", "resume", "summary"];

    public CommandHelp Help(Language language) => new(10, "convention", InfoTexts.ConventionHelp(language));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ConventionSelector.Select(catalog, request.Arguments) is { } convention
            ? BotReply.WithCard(await views.SummaryAsync(convention, request.Caller, cancellationToken).ConfigureAwait(false))
            : BotReply.WithCard(ConventionChoiceCard.Build(catalog, request.Arguments, request.Caller.Language));
    }
}
