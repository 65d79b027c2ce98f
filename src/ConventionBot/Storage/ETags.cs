using Azure;

namespace ConventionBot.Storage;

/// <summary>
/// The one way to read and carry an ETag: from a write's answer, and as the raw text a card carries back
/// so the next write is conditional on the version the user saw.
/// </summary>
internal static class ETags
{
    /// <summary>The new ETag of a written entity: every later conditional write depends on it, so its absence is a bug, not a fallback.</summary>
    public static ETag RequireETag(this Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag for a written entity.");

    /// <summary>The ETag as a card carries it (the raw value); empty when unknown.</summary>
    public static string Text(ETag? etag) => etag is { } value ? value.ToString("G") ?? "" : "";

    /// <summary>The ETag a card carried back, for a conditional write.</summary>
    public static ETag Parse(string text) => new(text);
}
