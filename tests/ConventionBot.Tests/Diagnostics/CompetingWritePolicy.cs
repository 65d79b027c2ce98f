using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace ConventionBot.Tests.Diagnostics;

/// <summary>
/// Once armed, makes the next transaction lose a race for real: just before it leaves, another client touches the row,
/// so Azurite answers the transaction's ETag condition with 412.
/// </summary>
internal sealed class CompetingWritePolicy(Func<TableClient> table) : HttpPipelinePolicy
{
    private (string Partition, string Row)? _armed;

    public void Arm(string partition, string row) => _armed = (partition, row);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The app calls storage asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_armed is var (partition, row) && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            _armed = null;
            await table().UpdateEntityAsync(new TableEntity(partition, row), ETag.All, TableUpdateMode.Merge);
        }
        await ProcessNextAsync(message, pipeline);
    }
}
