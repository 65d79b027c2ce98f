using ConventionBot.Access;
using ConventionBot.Meetings.Contract;

namespace ConventionBot.Meetings;

/// <summary>The signed link behind a card's "Ajouter à mon agenda (.ics)" button, for that meeting's invitation only.</summary>
internal sealed class InvitationLinks(ISignedLinks links)
{
    public Uri For(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return links.Create(MeetingInvitation.PathOf(meeting.Id)).Url;
    }
}
