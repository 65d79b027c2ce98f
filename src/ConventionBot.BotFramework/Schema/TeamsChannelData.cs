using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.Schema;

/// <summary>Teams <c>channelData</c>; <see cref="Team"/> and <see cref="Channel"/> are present only in channel contexts.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public NotificationInfo? Notification { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
