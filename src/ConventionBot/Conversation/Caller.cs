using ConventionBot.Access;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Calendar;

namespace ConventionBot.Conversation;

/// <summary>Who is talking to the bot, from where, and what they may do.</summary>
public sealed record Caller(
    string? AadObjectId,
    string? Name,
    string? TenantId,
    bool IsAdmin,
    bool IsAllowed,
    Language Language,
    string ConversationId,
    string ConversationType)
{
    /// <summary>The caller of an activity, with what <paramref name="access"/> lets them do.</summary>
    public static Caller Identify(Activity activity, AccessPolicy access)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(access);
        var tenantId = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        var aadObjectId = activity.From?.AadObjectId;
        return new Caller(
            aadObjectId,
            activity.From?.Name,
            tenantId,
            access.IsAdmin(aadObjectId),
            access.IsAllowedTenant(tenantId),
            LanguageExtensions.FromLocale(activity.Locale),
            activity.Conversation?.Id ?? "",
            activity.Conversation?.ConversationType ?? "personal");
    }
}
