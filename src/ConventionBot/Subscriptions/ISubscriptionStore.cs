namespace ConventionBot.Subscriptions;

/// <summary>Who receives reminders: the conversations that subscribed and are still active.</summary>
public interface ISubscriptionStore
{
    Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken);

    Task UnsubscribeAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every subscribed conversation the bot can still reach.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);
}
