using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.Storage;

/// <summary>
/// Checks every entity and transaction the app writes against <see cref="TableLimits"/> before it is sent.
/// Added per call, before the retry policy: a refused write is a bug, never retried.
/// </summary>
internal sealed class TableLimitsPolicy : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var path = request.Uri.Path;
        if (request.Content is null || request.Method == RequestMethod.Get || path.EndsWith("/Tables", StringComparison.Ordinal))
        {
            return; // reads, deletes and table creation carry no entity
        }
        using var body = new MemoryStream();
        request.Content.WriteTo(body, message.CancellationToken);
        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            TransactionLimits.Check(Encoding.UTF8.GetString(bytes.Span));
        }
        else
        {
            _ = TableLimits.CheckEntity(bytes);
        }
    }
}
