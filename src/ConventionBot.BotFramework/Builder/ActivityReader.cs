using System.Buffers;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace ConventionBot.BotFramework.Builder;

/// <summary>Reads the activity of a <c>POST /api/messages</c>, refusing what is not one before any authentication work.</summary>
internal static class ActivityReader
{
    // Channels' ids are a few hundred characters at most and Entra display names at most 256: anything longer
    // is not from a channel, and bounding them here bounds every row the bot stores from an activity.
    public const int MaxIdLength = 1024;
    public const int MaxNameLength = 256;

    /// <returns>The activity, or null with the status to answer (405, 413 or 400).</returns>
    public static async Task<(Activity? Activity, int Status)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, StatusCodes.Status405MethodNotAllowed);
        }
        if (request.ContentLength > maxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        // Sized by the announced length when there is one (Bot Service always sends it; the server stops the body
        // there): renting maxBytes + 1 for every request took a 512 KB array per request in flight, kept by the pool.
        var limit = (int)Math.Min(request.ContentLength ?? maxBytes, maxBytes) + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(limit);
        try
        {
            var length = await ReadUpToAsync(request.Body, buffer, limit, cancellationToken).ConfigureAwait(false);
            if (length > maxBytes)
            {
                return (null, StatusCodes.Status413PayloadTooLarge);
            }
            var activity = Parse(buffer.AsSpan(0, length));
            return activity is { Type.Length: > 0 } && FieldsFit(activity) && Clean(activity)
                ? (activity, StatusCodes.Status200OK)
                : (null, StatusCodes.Status400BadRequest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Activity? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null; // Not an activity: answered 400, nothing else to do with it.
        }
    }

    /// <summary>
    /// Drops what is malformed, so that no turn meets it: null entries of the lists, a mention entity or a channelData
    /// that does not read as one. False when nothing usable remains: an invoke without a name, or a member update whose
    /// every member was malformed.
    /// </summary>
    private static bool Clean(Activity activity)
    {
        var updatesMembers = activity.MembersAdded is { Count: > 0 } || activity.MembersRemoved is { Count: > 0 };
        activity.MembersAdded = WithoutNulls(activity.MembersAdded);
        activity.MembersRemoved = WithoutNulls(activity.MembersRemoved);
        activity.Attachments = WithoutNulls(activity.Attachments);
        activity.Entities = activity.Entities?.Where(e => e is not null && (!IsMention(e) || Read(e.GetAs<Mention>) is not null)).ToList();
        if (activity.ChannelData is JsonElement data)
        {
            // Read once, here: the turn's readers (GetChannelData) then take the typed object as it is.
            activity.ChannelData = Read(() => data.Deserialize(BotJsonContext.Default.TeamsChannelData));
        }
        var membersLeft = activity.MembersAdded is { Count: > 0 } || activity.MembersRemoved is { Count: > 0 };
        var unnamedInvoke = activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name);
        return !(updatesMembers && !membersLeft) && !unnamedInvoke;
    }

    private static List<T>? WithoutNulls<T>(IList<T>? items) where T : class => items?.Where(i => i is not null).ToList();

    private static bool IsMention(Entity entity) => string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase);

    /// <summary>A part of the activity read as the type it claims to be; null when it is malformed (a wrong JSON type).</summary>
    private static T? Read<T>(Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null; // malformed: the caller drops that part of the activity
        }
    }

    private static bool FieldsFit(Activity activity) =>
        Fits(activity.Id, MaxIdLength) && Fits(activity.ServiceUrl, MaxIdLength) && Fits(activity.ChannelId, MaxIdLength)
        && Fits(activity.ReplyToId, MaxIdLength) && Fits(activity.Locale, MaxIdLength)
        && Fits(activity.Conversation?.Id, MaxIdLength) && Fits(activity.Conversation?.TenantId, MaxIdLength)
        && AccountFits(activity.From) && AccountFits(activity.Recipient);

    private static bool AccountFits(ChannelAccount? account) =>
        Fits(account?.Id, MaxIdLength) && Fits(account?.AadObjectId, MaxIdLength) && Fits(account?.Name, MaxNameLength);

    private static bool Fits(string? value, int max) => value is null || value.Length <= max;

    private static async Task<int> ReadUpToAsync(Stream body, byte[] buffer, int limit, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < limit && (read = await body.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
        return total;
    }
}
