using System.Net.Http.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>Teams-shaped activities, as the Agents Playground sends them.</summary>
public static class Activities
{
    public const string BotId = "28:conventionbot";
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";

    public static Activity Message(string serviceUrl, string text, string conversationId = "a:personal-1", string locale = "fr-FR") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Locale = locale,
        Text = text,
        From = new ChannelAccount { Id = "29:user-1", Name = "Camille Martin", AadObjectId = "11111111-1111-1111-1111-111111111111" },
        Recipient = new ChannelAccount { Id = BotId, Name = "ConventionBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity) =>
        client.PostAsJsonAsync("/api/messages", activity, BotJson.Options);
}
