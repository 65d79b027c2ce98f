using System.Text.Json;

namespace ConventionBot.BotFramework.Schema;

/// <summary>Helpers mirroring Microsoft.Bot.Schema's activity extensions.</summary>
public static class ActivityExtensions
{
    /// <summary>Reads <see cref="Activity.ChannelData"/> as <typeparamref name="T"/> (e.g. <see cref="TeamsChannelData"/>); default when absent.</summary>
    public static T? GetChannelData<T>(this Activity activity) => activity.ChannelData switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize<T>(BotJson.Options),
        var other => BotJson.ToElement(other).Deserialize<T>(BotJson.Options),
    };

    /// <summary>The mention entities of the activity.</summary>
    public static IReadOnlyList<Mention> GetMentions(this Activity activity) =>
        activity.Entities?
            .Where(e => string.Equals(e.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.GetAs<Mention>())
            .OfType<Mention>()
            .ToList() ?? [];

    /// <summary>Strips the bot's own <c>&lt;at&gt;</c> mention from <see cref="Activity.Text"/> (case-insensitive), trims, and returns the text.</summary>
    public static string? RemoveRecipientMention(this Activity activity) =>
        activity.Recipient?.Id is { } botId ? activity.RemoveMentionText(botId) : activity.Text;

    /// <summary>Strips every mention of <paramref name="id"/> from <see cref="Activity.Text"/> (case-insensitive), trims, and returns the text.</summary>
    public static string? RemoveMentionText(this Activity activity, string id)
    {
        if (activity.Text is null)
        {
            return null;
        }

        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id != id)
            {
                continue;
            }

            var fragment = mention.Text ?? $"<at>{mention.Mentioned.Name}</at>";
            activity.Text = activity.Text.Replace(fragment, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        activity.Text = activity.Text.Trim();
        return activity.Text;
    }

    /// <summary>The reference to store for proactive messages, taken from an incoming activity.</summary>
    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Type == ActivityTypes.ConversationUpdate ? null : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        Locale = activity.Locale,
        ServiceUrl = activity.ServiceUrl,
    };

    /// <summary>Addresses an outgoing activity to the conversation of <paramref name="reference"/>, from the bot to the user.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        return activity;
    }
}
