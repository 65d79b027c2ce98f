using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The durable notification schedule (<see cref="INotificationScheduler"/>) and the dispatcher that sends due
    /// notifications through the features' <see cref="INotificationRenderer"/>s. Needs the conversation memory and the Connector.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NotificationScheduleTable>();
        services.AddSingleton<DueNotificationQueue>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<DeliverySender>();
        services.AddSingleton<SchedulingMetrics>();
        services.AddSingleton<NotificationFanOut>();
        services.AddSingleton<NotificationRenderers>();
        services.AddSingleton<DispatchSignal>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddSingleton<NotificationPurge>();
        services.AddSingleton<INotificationScheduler, TableNotificationScheduler>();
        services.AddHostedService<NotificationDispatchService>();
        return services;
    }
}
