using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Meetings.Contract;
using ConventionBot.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// The governance calendar: <c>planifier</c>, <c>consigner</c> (a past meeting) and <c>réunions</c>, the meeting cards, reminders and follow-up
    /// through the durable scheduler, governance alerts, and the meetings sections of the convention cards.
    /// Needs the scheduler and the subscriptions (<see cref="INotificationScheduler"/>, <c>IReminderAudience</c>), and the signed links
    /// of the invitations (<c>ISignedLinks</c>, from <c>AddExports()</c>).
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GovernanceOptions>().BindConfiguration(GovernanceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<MeetingNotifier>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<MeetingLists>();
        services.AddSingleton<InvitationLinks>();
        services.AddSingleton<IBotCommand>(sp => ActivatorUtilities.CreateInstance<ScheduleCommand>(sp, MeetingFormMode.Upcoming));
        services.AddSingleton<IBotCommand>(sp => ActivatorUtilities.CreateInstance<ScheduleCommand>(sp, MeetingFormMode.Past));
        services.AddSingleton<IBotCommand, MeetingsCommand>();
        services.AddSingleton<ICardAction, ScheduleActions>();
        services.AddSingleton<ICardAction, CancelActions>();
        services.AddSingleton<ICardAction, AnswerActions>();
        services.AddSingleton<ICardAction, FollowUpActions>();
        services.AddSingleton<INotificationRenderer>(sp => ActivatorUtilities.CreateInstance<MeetingBroadcastRenderer>(sp, NotificationKinds.Reminder));
        services.AddSingleton<INotificationRenderer>(sp => ActivatorUtilities.CreateInstance<MeetingBroadcastRenderer>(sp, NotificationKinds.Notice));
        services.AddSingleton<INotificationRenderer, FollowUpRenderer>();
        services.AddSingleton<INotificationRenderer, CheckpointRenderer>();
        services.AddSingleton<IConventionReport, MeetingsReport>();
        // The contract through which the consolidated bilan lists the year's meetings.
        services.AddSingleton<IYearMeetingsSource, YearMeetingsSource>();
        // The contract through which the signed-link endpoint (Exports) serves a meeting's invitation (.ics).
        services.AddSingleton<IMeetingInvitations, MeetingInvitations>();
        services.AddHostedService<MeetingScheduleKeeper>();
        return services;
    }
}
