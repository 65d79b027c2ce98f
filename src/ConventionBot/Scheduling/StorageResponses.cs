using Azure;

namespace ConventionBot.Scheduling;

internal static class StorageResponses
{
    /// <summary>The new ETag of a written entity: every later conditional write depends on it, so its absence is a bug, not a fallback.</summary>
    public static ETag RequireETag(this Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag for a written entity.");
}
