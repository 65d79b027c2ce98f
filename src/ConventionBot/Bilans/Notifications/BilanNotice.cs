using System.Text.Json;

namespace ConventionBot.Bilans;

/// <summary>The payload of bilan notifications: which campaign (and deadline), chantier and version they are about.</summary>
/// <param name="Deadline">yyyy-MM-dd: a reminder for another deadline than the campaign's current one is obsolete.</param>
/// <param name="FromConversation">Where the review was made (payloads written before <paramref name="Conversations"/>).</param>
/// <param name="Conversations">A review's recipients, chosen when it was made (the count its answer card gave).</param>
internal sealed record BilanNotice(
    string ConventionId, int Year, string? Deadline = null, int Chantier = 0, int Version = 0, string? FromConversation = null,
    IReadOnlyList<string>? Conversations = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static BilanNotice? FromJson(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<BilanNotice>(payload);
        }
        catch (JsonException)
        {
            return null; // Written by an older version of this feature: nothing to send.
        }
    }
}
