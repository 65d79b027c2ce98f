using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// The meeting form, for admins, optionally with an instance (<c>planifier cotech</c>): <c>planifier</c> (<c>schedule</c>,
/// <c>plan</c>) for a meeting to come, <c>consigner</c> (<c>enregistrer</c>, <c>record</c>) for one already held.
/// </summary>
internal sealed class ScheduleCommand(ConventionCatalog catalog, MeetingFormMode mode) : IBotCommand
{
    public const string RecordCommand = "consigner";

    public IReadOnlyList<string> Keywords { get; } = mode == MeetingFormMode.Past
        ? [RecordCommand, "enregistrer", "record"]
        : ["planifier", "schedule", "plan"];

    public CommandHelp Help(Language language) => mode == MeetingFormMode.Past
        ? new(41, language.Pick("consigner", "record"), language.Pick(
            "Consigner une réunion déjà tenue, avec ses participants et son compte-rendu (administrateurs)",
            "Record a meeting already held, with its participants and minutes (administrators)"))
        : new(40, language.Pick("planifier", "schedule"), language.Pick(
            "Planifier un COPIL, un COTECH ou une autre réunion (administrateurs)", "Schedule a COPIL, a COTECH or another meeting (administrators)"));

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
        return Task.FromResult(BotReply.WithCard(MeetingFormCard.Build(convention, form, language, mode: mode)));
    }
}
