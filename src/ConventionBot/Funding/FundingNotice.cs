using System.Text.Json;

namespace ConventionBot.Funding;

/// <summary>The payload of contribution reminders; a payment reminder for another call date than the recorded one is obsolete.</summary>
internal sealed record FundingNotice(string ConventionId, int Year, string? CallSentOn = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static FundingNotice? FromJson(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<FundingNotice>(payload);
        }
        catch (JsonException)
        {
            return null; // Written by an older version of this feature: nothing to send.
        }
    }
}
