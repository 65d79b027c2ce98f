using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary><c>planifier</c> (<c>schedule</c>, <c>plan</c>), optionally with an instance (<c>planifier cotech</c>): the scheduling card, for admins.</summary>
internal sealed class ScheduleCommand(ConventionCatalog catalog) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["planifier", "schedule", "plan"];

    public CommandHelp Help(Language language) => new(
        40, language.Pick("planifier", "schedule"),
        language.Pick("Planifier un COPIL, un COTECH ou une autre réunion (administrateurs)", "Schedule a COPIL, a COTECH or another meeting (administrators)"));

    public Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Caller.Language;
        if (!request.Caller.IsAdmin)
        {
            return Task.FromResult(BotReply.WithText(MeetingTexts.AdminOnly(language)));
        }
        var convention = catalog.Default;
        var instance = convention.Instance(request.Arguments)?.Code
            ?? MeetingInstances.Others.FirstOrDefault(o => string.Equals(o, request.Arguments, StringComparison.OrdinalIgnoreCase));
        var form = MeetingForm.Empty with { Instance = instance };
        return Task.FromResult(BotReply.WithCard(MeetingFormCard.Build(convention, form, language)));
    }
}
