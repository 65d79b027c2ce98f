namespace ConventionBot.Subscriptions;

/// <summary>Subscription events: conversation types, convention and party ids only, never who or which conversation.</summary>
internal static partial class SubscriptionsLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Subscription recorded: {ConversationType} conversation, convention {ConventionId}, party {PartyId}, renewal {Renewal}")]
    public static partial void Subscribed(ILogger logger, string conversationType, string conventionId, string partyId, bool renewal);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Subscription removed: {ConversationType} conversation, convention {ConventionId}")]
    public static partial void Unsubscribed(ILogger logger, string conversationType, string conventionId);
}
