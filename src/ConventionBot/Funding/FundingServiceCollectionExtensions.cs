using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Funding;

public static class FundingServiceCollectionExtensions
{
    /// <summary>
    /// The yearly contribution (art. 3): its card, its reminders, its dossier's files (Blob Storage), and its part of the
    /// convention card. Needs <c>AddBilans()</c>, and <c>AddExports()</c> for the signed links.
    /// </summary>
    public static IServiceCollection AddFunding(this IServiceCollection services)
    {
        services.AddOptions<FundingOptions>()
            .BindConfiguration(FundingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FundingStore>();
        services.AddSingleton<FundingMigration>();
        services.AddHostedService(sp => sp.GetRequiredService<FundingMigration>());
        services.AddSingleton<FundingYears>();
        services.AddSingleton<FundingReminderPlanner>();
        services.AddSingleton<FundingService>();
        services.AddSingleton<FundingScreens>();
        services.AddSingleton<IBotCommand, FundingCommand>();
        services.AddSingleton<ICardAction, FundingActions>();
        services.AddSingleton<INotificationRenderer, FundingCallRenderer>();
        services.AddSingleton<INotificationRenderer, FundingPaymentRenderer>();
        services.AddSingleton<IConventionReport, FundingReport>();
        services.AddHostedService<FundingReminderStartup>();
        services.AddDossierFiles();
        return services;
    }
}
