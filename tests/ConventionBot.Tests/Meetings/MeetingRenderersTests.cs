using System.Text.Json.Nodes;
using ConventionBot.Meetings;
using ConventionBot.Scheduling;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ConventionBot.Tests.Meetings.MeetingFixtures;
using static ConventionBot.Tests.Meetings.MeetingsEndToEndTests;

namespace ConventionBot.Tests.Meetings;

/// <summary>The renderers decide at send time: a notification about an older version, a cancelled or started meeting says nothing.</summary>
public sealed class MeetingRenderersTests : IAsyncLifetime
{
    private MeetingsApp _app = null!;

    public async Task InitializeAsync() => _app = await MeetingsApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Reminder_OlderVersionCancelledOrStartedMeeting_RendersNothing()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
        var meetingId = MeetingIdOf((await _app.WaitForSentAsync(1))[0]);
        var reminder = Renderer(NotificationKinds.Reminder);
        var start = Utc(2024, 4, 2, 8);

        var current = await reminder.RenderAsync(Reminder(meetingId, 1), Utc(2024, 3, 19, 9), default);
        var started = await reminder.RenderAsync(Reminder(meetingId, 1), start, default);
        var edit = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Edit, new JsonObject { ["meetingId"] = meetingId });
        var update = Form("2024-04-03");
        update["meetingId"] = meetingId;
        update["etag"] = edit.DataOf(MeetingVerbs.Update)["etag"]!.GetValue<string>();
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, update);
        var moved = await reminder.RenderAsync(Reminder(meetingId, 1), Utc(2024, 3, 19, 9), default);
        var confirm = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Cancel, new JsonObject { ["meetingId"] = meetingId });
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.ConfirmCancel, confirm.DataOf(MeetingVerbs.ConfirmCancel));
        var cancelled = await reminder.RenderAsync(Reminder(meetingId, 3), Utc(2024, 3, 19, 9), default);
        var followUp = await Renderer(NotificationKinds.FollowUp).RenderAsync(Reminder(meetingId, 3), Utc(2024, 4, 3, 9), default);

        Assert.Equal(MeetingsApp.Admin.Chat, Assert.Single(current).ConversationId);
        Assert.Empty(started);
        Assert.Empty(moved);
        Assert.Empty(cancelled);
        Assert.Empty(followUp);
    }

    [Fact]
    public async Task Checkpoints_ConventionOverInLate2026_NoAlertForItsPastYears()
    {
        await using var late = await MeetingsApp.StartAsync(start: Utc(2026, 11, 20, 9));
        await late.SayAsync(MeetingsApp.Admin, "abonner");

        await late.MoveToAsync(Utc(2026, 11, 21, 9));
        await late.MoveToAsync(Utc(2027, 12, 31, 9));

        Assert.Empty(late.Sent);
    }

    private INotificationRenderer Renderer(string kind) =>
        _app.Services.GetServices<INotificationRenderer>().Single(r => r.Kind == kind);

    private static ScheduledNotification Reminder(string meetingId, int version) =>
        new(NotificationKinds.Reminder, $"meeting:{meetingId}:v{version}:P14D", Utc(2024, 3, 19, 9), new MeetingPayload(meetingId, version, MeetingHeadline.Reminder).ToJson());
}
