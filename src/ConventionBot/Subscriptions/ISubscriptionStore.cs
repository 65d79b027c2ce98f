namespace ConventionBot.Subscriptions;

/// <summary>Who receives reminders: the conversations that subscribed, one row per conversation and convention.</summary>
public interface ISubscriptionStore
{
    /// <summary>Subscribes the conversation to <see cref="Subscription.ConventionId"/> (required), or replaces that subscription.</summary>
    Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>
    /// The conversation's subscriptions, one per convention, with its legacy row (<see cref="Subscription.ConventionId"/>
    /// null) while it has one; empty when it has none (whether or not the bot can still reach it).
    /// </summary>
    Task<IReadOnlyList<Subscription>> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes one conversation's rows <paramref name="after"/>: writes those not already among <paramref name="before"/>, then removes the rows of
    /// <paramref name="before"/> (what <see cref="FindAsync"/> gave) that are not among them.
    /// </summary>
    Task ReplaceAsync(IReadOnlyList<Subscription> before, IReadOnlyList<Subscription> after, CancellationToken cancellationToken);

    /// <summary>
    /// Every subscription the bot can still reach: those whose conversation reference was marked
    /// inactive (bot removed, 403/404 on a send) are left out, and come back if the bot is added again.
    /// </summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Every subscription, reachable or not (for a caller that reads the conversation references itself).</summary>
    Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken);
}
