using ConventionBot.Conventions;
using ConventionBot.Meetings.Contract;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// Renders a meeting's invitation from the stored meeting when the link is opened, so an old link still gives the
/// meeting as it is now: moved, with a higher SEQUENCE, or cancelled.
/// </summary>
internal sealed class MeetingInvitations(
    MeetingStore store, ConventionCatalog catalog, IOptionsMonitor<RemindersOptions> reminders, TimeProvider time) : IMeetingInvitations
{
    public async Task<MeetingInvitation?> FindAsync(string meetingId, CancellationToken cancellationToken)
    {
        var meeting = await store.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        return meeting is null ? null : new MeetingInvitation(
            InvitationDocument.FileName(meeting),
            InvitationDocument.Write(meeting, catalog.ConventionOf(meeting), reminders.CurrentValue.EffectiveOffsets, time.GetUtcNow()));
    }
}
