using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Bilans;

public static class BilansServiceCollectionExtensions
{
    /// <summary>
    /// The annual bilan (art. 5): campaigns, chantier forms, reviews, reminders and escalation through the
    /// notification scheduler, and the bilan sections of the convention cards.
    /// </summary>
    public static IServiceCollection AddBilans(this IServiceCollection services)
    {
        services.AddOptions<BilansOptions>()
            .BindConfiguration(BilansOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BilanStore>();
        // The contract through which the other features read the years' bilans: the same store.
        services.AddSingleton<IBilanYears>(sp => sp.GetRequiredService<BilanStore>());
        services.AddSingleton<BilanReminderPlanner>();
        services.AddSingleton<BilanReviewNotifier>();
        services.AddSingleton<BilanWorkflow>();
        services.AddSingleton<BilanDelayStore>();
        services.AddSingleton<BilanDelays>();
        services.AddSingleton<BilanScreens>();
        services.AddSingleton<IBotCommand, BilanCommand>();
        services.AddSingleton<ICardAction, CampaignActions>();
        services.AddSingleton<ICardAction, ChantierActions>();
        services.AddSingleton<ICardAction, DelayActions>();
        services.AddSingleton<INotificationRenderer, BilanReminderRenderer>();
        services.AddSingleton<INotificationRenderer, BilanEscalationRenderer>();
        services.AddSingleton<INotificationRenderer, BilanReviewRenderer>();
        services.AddSingleton<INotificationRenderer, BilanDelayAskedRenderer>();
        services.AddSingleton<INotificationRenderer, BilanDelayAnsweredRenderer>();
        services.AddSingleton<IConventionReport, BilansReport>();
        services.AddSingleton<IConventionReport, IndicatorsReport>();
        return services;
    }
}
