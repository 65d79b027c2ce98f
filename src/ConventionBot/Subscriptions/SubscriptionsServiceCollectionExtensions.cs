using ConventionBot.Access;
using ConventionBot.Conversation;
using ConventionBot.Subscriptions.Contract;
using Microsoft.Extensions.Options;

namespace ConventionBot.Subscriptions;

public static class SubscriptionsServiceCollectionExtensions
{
    /// <summary>Who receives reminders (<see cref="ISubscriptionStore"/>) and the <c>abonner</c> / <c>désabonner</c> commands.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.AddSingleton<PartyResolver>();
        // The contract through which the other features find whom to notify.
        services.AddSingleton<IReminderAudience, ReminderAudience>();
        services.AddSingleton<IValidateOptions<AccessOptions>, TenantPartiesValidator>();
        services.AddSingleton<IBotCommand, SubscribeCommand>();
        services.AddSingleton<IBotCommand, UnsubscribeCommand>();
        return services;
    }
}
