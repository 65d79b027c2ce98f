using System.Text.Json;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Conversation;

/// <summary>
/// A file a user sent the bot: in a personal chat Teams attaches it as <see cref="ContentType"/>, with a short-lived,
/// pre-authorised download URL (in group chats and channels files arrive without one, so none is read there).
/// </summary>
public sealed record ReceivedFile(string Name, Uri DownloadUrl)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The files of a message; attachments of another type, or without a name or an absolute URL, are left out.</summary>
    public static IReadOnlyList<ReceivedFile> Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Attachments ?? []).Where(a => a?.ContentType == ContentType && a.Name is { Length: > 0 })
            .Select(a => (a.Name, Url: UrlIn(a.Content)))
            .Where(a => a.Url is not null)
            .Select(a => new ReceivedFile(a.Name!, a.Url!))];
    }

    private static Uri? UrlIn(object? content)
    {
        var element = content is JsonElement json ? json : JsonSerializer.SerializeToElement(content);
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty("downloadUrl", out var url)
            && url.ValueKind == JsonValueKind.String && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            ? uri
            : null;
    }
}

/// <summary>The feature that takes files users send the bot (the contribution dossier); registered by that feature.</summary>
public interface IFileReceiver
{
    /// <param name="text">What the message says beside the files (which dossier item, which year).</param>
    Task<BotReply> ReceiveAsync(ITurnContext turn, Caller caller, string text, IReadOnlyList<ReceivedFile> files, CancellationToken cancellationToken);
}
