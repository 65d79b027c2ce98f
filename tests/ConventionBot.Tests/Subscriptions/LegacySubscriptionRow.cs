using Azure.Data.Tables;
using ConventionBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Subscriptions;

/// <summary>A subscription row as the bot wrote them before subscriptions were per convention: keyed by the conversation alone, no ConventionId.</summary>
internal static class LegacySubscriptionRow
{
    public static async Task WriteAsync(IServiceProvider services, string conversationId, string? partyId)
    {
        var table = await services.GetRequiredService<TableProvider>().GetAsync("Subscriptions");
        var row = new TableEntity("subscription", TableKey.Escape(conversationId))
        {
            ["ConversationId"] = conversationId,
            ["ConversationType"] = "personal",
            ["SubscriberAadObjectId"] = "11111111-1111-1111-1111-111111111111",
            ["SubscribedAt"] = new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.Zero),
            ["Language"] = "French",
        };
        if (partyId is not null)
        {
            row["PartyId"] = partyId;
        }
        await table.AddEntityAsync(row);
    }
}
