using Azure;

namespace ConventionBot.TableStorage;

/// <summary>Fetches pages one by one, following the continuation token until the service stops returning one.</summary>
internal sealed class EntityPageable<T>(
    Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken cancellationToken)
    : AsyncPageable<T>(cancellationToken)
    where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        do
        {
            // Pages may be empty yet carry a continuation (time limit, partition boundary): keep going.
            var page = await fetchPage(continuationToken, pageSizeHint, CancellationToken).ConfigureAwait(false);
            yield return page;
            continuationToken = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuationToken));
    }
}
