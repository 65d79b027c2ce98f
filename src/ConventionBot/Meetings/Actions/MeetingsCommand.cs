using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary><c>réunions</c> (<c>reunion</c>, <c>meetings</c>): upcoming and past meetings, with their buttons.</summary>
internal sealed class MeetingsCommand(MeetingLists lists) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["reunions", "reunion", "meetings"];

    public CommandHelp Help(Language language) => new(
        35, language.Pick("réunions", "meetings"),
        language.Pick("Les réunions à venir et passées : répondre, voir les comptes-rendus", "Upcoming and past meetings: answer, read the minutes"));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = await lists.BuildAsync(Viewer.Of(request.Caller, request.Turn), cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(card);
    }
}
