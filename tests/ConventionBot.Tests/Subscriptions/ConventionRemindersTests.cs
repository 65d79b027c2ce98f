using ConventionBot.Meetings;
using ConventionBot.Scheduling;
using ConventionBot.Tests.Meetings;
using Microsoft.Extensions.DependencyInjection;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Subscriptions;

/// <summary>
/// With both shipped definitions loaded, a convention's meeting reminders (the real renderer, at send time) go to the
/// conversations subscribed to that convention only: one subscribed to both gets each.
/// </summary>
public sealed class ConventionRemindersTests : IAsyncLifetime
{
    private const string Partnership = "amp-arhlm-2022-2024";
    private const string Plh = "cua-arras-plh-2014-2020";

    private static readonly TestUser PartnershipOnly = new("29:user-p", "Paule Partenariat", "33333333-3333-3333-3333-333333333333", "a:partnership-only");
    private static readonly TestUser PlhOnly = new("29:user-a", "Arnaud Arras", "44444444-4444-4444-4444-444444444444", "a:plh-only");
    private static readonly TestUser Both = new("29:user-b", "Bea Both", "55555555-5555-5555-5555-555555555555", "a:both");

    private MeetingsApp _app = null!;

    public async Task InitializeAsync() => _app = await MeetingsApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task MeetingReminder_EachConvention_GoesToItsOwnSubscribersOnly()
    {
        await _app.SayAsync(PartnershipOnly, "abonner");
        await _app.SayAsync(PlhOnly, "abonner 2014-2020");
        await _app.SayAsync(Both, "abonner");
        await _app.SayAsync(Both, "abonner cua");
        var store = _app.Services.GetRequiredService<MeetingStore>();
        var partnership = await store.AddAsync(Meeting("COTECH", Utc(2024, 4, 2, 8)) with { ConventionId = Partnership }, default);
        var plh = await store.AddAsync(Meeting("COPART", Utc(2024, 4, 3, 8)) with { ConventionId = Plh, Chantiers = [] }, default);

        var toPartnership = await RenderReminderAsync(partnership.Id);
        var toPlh = await RenderReminderAsync(plh.Id);

        Assert.Equal([Both.Chat, PartnershipOnly.Chat], toPartnership.Select(d => d.ConversationId).Order(StringComparer.Ordinal));
        Assert.Equal([Both.Chat, PlhOnly.Chat], toPlh.Select(d => d.ConversationId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MeetingReminder_AfterUnsubscribingFromOneConvention_StillComesForTheOther()
    {
        await _app.SayAsync(Both, "abonner");
        await _app.SayAsync(Both, "abonner 2014-2020");
        await _app.SayAsync(Both, "désabonner 2022-2024");
        var store = _app.Services.GetRequiredService<MeetingStore>();
        var partnership = await store.AddAsync(Meeting("COTECH", Utc(2024, 4, 2, 8)) with { ConventionId = Partnership }, default);
        var plh = await store.AddAsync(Meeting("COPART", Utc(2024, 4, 3, 8)) with { ConventionId = Plh, Chantiers = [] }, default);

        Assert.Empty(await RenderReminderAsync(partnership.Id));
        Assert.Equal([Both.Chat], (await RenderReminderAsync(plh.Id)).Select(d => d.ConversationId));
    }

    private async Task<IReadOnlyList<NotificationDelivery>> RenderReminderAsync(string meetingId)
    {
        var renderer = _app.Services.GetServices<INotificationRenderer>().Single(r => r.Kind == NotificationKinds.Reminder);
        var reminder = new ScheduledNotification(
            NotificationKinds.Reminder, $"meeting:{meetingId}:v1:P14D", Utc(2024, 3, 19, 9), new MeetingPayload(meetingId, 1, MeetingHeadline.Reminder).ToJson());
        return await renderer.RenderAsync(reminder, Utc(2024, 3, 19, 9), default);
    }
}
