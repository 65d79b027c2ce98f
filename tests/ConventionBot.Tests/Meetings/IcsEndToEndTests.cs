using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Meetings;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

/// <summary>
/// A meeting's invitation through /api/messages and HTTP only, against Azurite: the link on the cards, the file a
/// calendar opens, following the meeting's edits and cancellation, and refused when the link is not right.
/// </summary>
public sealed class IcsEndToEndTests : IAsyncLifetime
{
    private const string AddButton = "Ajouter à mon agenda (.ics)";
    private MeetingsApp _app = null!;

    public async Task InitializeAsync() => _app = await MeetingsApp.StartAsync(start: Utc(2026, 3, 2, 9));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Invitation_ScheduledThenMovedThenCancelled_FollowsTheMeetingAtTheRightParisHour()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        var confirmation = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, MeetingsEndToEndTests.Form("2026-03-29", location: "Le Pharo, salle 3; Marseille"));
        var link = InvitationLink(confirmation.Card);

        var scheduled = await GetAsync(link);
        var notice = (await _app.WaitForSentAsync(1))[0];
        var meetingId = MeetingsEndToEndTests.MeetingIdOf(notice);
        var moved = await GetAsync(await EditAsync(meetingId, "2026-03-28"));
        var cancelled = await GetAsync(await CancelAsync(meetingId));

        Assert.Equal($"{meetingId}@conventionbot", scheduled.Event.Uid);
        Assert.Equal([scheduled.Event.Uid], new[] { moved.Event.Uid, cancelled.Event.Uid }.Distinct());
        Assert.Equal([0, 1, 2], new[] { scheduled.Event.Sequence, moved.Event.Sequence, cancelled.Event.Sequence });
        Assert.Equal(Utc(2026, 3, 29, 8).UtcDateTime, scheduled.Event.DtStart!.AsUtc); // summer time from 02:00 that Sunday
        Assert.Equal(Utc(2026, 3, 28, 9).UtcDateTime, moved.Event.DtStart!.AsUtc); // still winter time
        Assert.Equal(["PUBLISH", "PUBLISH", "CANCEL"], new[] { scheduled, moved, cancelled }.Select(f => f.Calendar.Method));
        Assert.Equal("CANCELLED", cancelled.Event.Status);
        Assert.Equal("Le Pharo, salle 3; Marseille", scheduled.Event.Location);
        Assert.Contains("Bilan des chantiers", scheduled.Event.Description, StringComparison.Ordinal);
        Assert.Equal(3, scheduled.Event.Alarms.Count);
        Assert.Equal(link.AbsolutePath, InvitationLink(CardText.CardOf(notice.Activity)).AbsolutePath);
    }

    [Fact]
    public async Task Invitation_OfAMeetingOn1May_ComesWithEachReminderAndLandsAt10Paris()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, MeetingsEndToEndTests.Form("2026-05-01"));
        await _app.WaitForSentAsync(1);

        await _app.MoveToAsync(Utc(2026, 4, 17, 8)); // J-14, Friday 17 April at 10:00 Paris
        var reminder = (await _app.WaitForSentAsync(2))[^1];
        var ics = await GetAsync(InvitationLink(CardText.CardOf(reminder.Activity)));

        Assert.Contains("Rappel\u00a0: COTECH dans 14 jours", CardText.Of(CardText.CardOf(reminder.Activity)), StringComparison.Ordinal);
        Assert.Equal(Utc(2026, 5, 1, 8).UtcDateTime, ics.Event.DtStart!.AsUtc);
        Assert.Equal((10, 0), (ics.Event.DtStart.Hour, ics.Event.DtStart.Minute));
        Assert.Equal(Utc(2026, 5, 1, 9).UtcDateTime, ics.Event.DtEnd!.AsUtc);
    }

    [Fact]
    public async Task Invitation_LinkNotMadeForIt_IsA404WithoutContent()
    {
        var first = InvitationLink((await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, MeetingsEndToEndTests.Form("2026-03-29"))).Card);
        var second = InvitationLink((await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, MeetingsEndToEndTests.Form("2026-04-02"))).Card);
        var token = first.Query[(first.Query.IndexOf("t=", StringComparison.Ordinal) + 2)..];

        string[] refused =
        [
            first.AbsolutePath,
            $"{first.AbsolutePath}?t={token[..^2]}{(token[^2] == 'A' ? 'B' : 'A')}{token[^1]}",
            $"{second.AbsolutePath}?t={token}",
            $"/exports/meetings/000000000000.ics?t={token}",
        ];
        foreach (var path in refused)
        {
            await AssertRefusedAsync(path);
        }
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync(first.PathAndQuery)).StatusCode);
        _app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1)); // the default link lifetime
        await AssertRefusedAsync(first.PathAndQuery);
    }

    [Fact]
    public async Task Invitation_Response_IsAPrivateCalendarFileNamedAfterTheMeeting()
    {
        var link = InvitationLink((await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, MeetingsEndToEndTests.Form("2026-03-29"))).Card);

        var response = await _app.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("cotech-2026-03-29.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(string path)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<Uri> EditAsync(string meetingId, string date)
    {
        var opened = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Edit, new JsonObject { ["meetingId"] = meetingId });
        var update = MeetingsEndToEndTests.Form(date, location: "Le Pharo, salle 3; Marseille");
        update["meetingId"] = meetingId;
        update["etag"] = opened.DataOf(MeetingVerbs.Update)["etag"]!.GetValue<string>();
        var answer = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, update);
        Assert.Contains("Réunion modifiée", answer.Text, StringComparison.Ordinal);
        return InvitationLink(answer.Card);
    }

    private async Task<Uri> CancelAsync(string meetingId)
    {
        var confirm = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Cancel, new JsonObject { ["meetingId"] = meetingId });
        var answer = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.ConfirmCancel, confirm.DataOf(MeetingVerbs.ConfirmCancel));
        Assert.Contains("Réunion annulée", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Retirer de mon agenda (.ics)", answer.Text, StringComparison.Ordinal);
        return CardJson.Links(answer.Card).Single(l => l.AbsolutePath.EndsWith(".ics", StringComparison.Ordinal));
    }

    private async Task<IcsFile> GetAsync(Uri link)
    {
        var response = await _app.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ics = new IcsFile(await response.Content.ReadAsStringAsync());
        ics.AssertWellFormedLines();
        return ics;
    }

    // The card's "Ajouter à mon agenda (.ics)" button: a signed link to this meeting's invitation.
    private static Uri InvitationLink(JsonElement card)
    {
        Assert.Contains(AddButton, CardText.Of(card), StringComparison.Ordinal);
        var link = Assert.Single(CardJson.Links(card), l => l.AbsolutePath.EndsWith(".ics", StringComparison.Ordinal));
        Assert.StartsWith("http://localhost:3978/exports/meetings/", link.AbsoluteUri, StringComparison.Ordinal);
        return link;
    }
}
