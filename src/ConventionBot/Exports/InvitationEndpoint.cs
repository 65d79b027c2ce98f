using System.Text;
using ConventionBot.Meetings.Contract;
using Microsoft.AspNetCore.Mvc;

namespace ConventionBot.Exports;

/// <summary>
/// <c>GET /exports/meetings/{meetingId}.ics?t=…</c>: the meeting's invitation as it stands now, for a link signed for
/// that meeting only. Anything else (no token, tampered, expired, made for another path, unknown meeting) is a bare 404.
/// </summary>
internal static class InvitationEndpoint
{
    public static async Task<IResult> GetAsync(
        string meetingId, [FromQuery(Name = ExportLinks.TokenParameter)] string? token,
        HttpContext context, ExportLinks links, IMeetingInvitations invitations, ILogger<ExportLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Allows(MeetingInvitation.PathOf(meetingId), token))
        {
            ExportsLog.LinkRefused(logger);
            return Results.NotFound();
        }
        if (await invitations.FindAsync(meetingId, context.RequestAborted).ConfigureAwait(false) is not { } invitation)
        {
            return Results.NotFound();
        }
        ExportEndpoint.Private(context);
        ExportsLog.InvitationServed(logger, meetingId);
        return Results.File(Encoding.UTF8.GetBytes(invitation.Text), MeetingInvitation.ContentType, invitation.FileName);
    }
}
