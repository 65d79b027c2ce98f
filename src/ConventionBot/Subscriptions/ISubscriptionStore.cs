namespace ConventionBot.Subscriptions;

/// <summary>Who receives reminders: the conversations that subscribed and are still active.</summary>
public interface ISubscriptionStore
{
    /// <summary>Subscribes the conversation, or replaces its subscription (party, subscriber, language).</summary>
    Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes the conversation's subscription; nothing happens when there is none.</summary>
    Task UnsubscribeAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation's subscription, or null (whether or not the bot can still reach it).</summary>
    Task<Subscription?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Every subscribed conversation the bot can still reach: those whose conversation reference was marked
    /// inactive (bot removed, 403/404 on a send) are left out, and come back if the bot is added again.
    /// </summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Every subscribed conversation, reachable or not (for a caller that reads the conversation references itself).</summary>
    Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken);
}
