using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ConventionBot.Bilans.Contract;
using ConventionBot.Storage;

namespace ConventionBot.Bilans;

/// <summary>Writes a chantier's delay request over the version its author or decider saw (ETag): a double click writes once.</summary>
public sealed class BilanDelayStore(TableProvider tables)
{
    // Names and reasons stay readable in storage (é, not \u00E9): the JSON is never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="expectedETag">The stored request's version; null: only if the chantier never asked.</param>
    /// <returns>The written request with its new ETag, or null when someone wrote it in between.</returns>
    public async Task<BilanDelay?> WriteAsync(string conventionId, int year, BilanDelay delay, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delay);
        var table = await tables.GetAsync(BilanStore.TableName, cancellationToken).ConfigureAwait(false);
        var entity = new BilanDelayEntity
        {
            PartitionKey = BilanKeys.Partition(conventionId, year),
            RowKey = BilanKeys.Delay(delay.Chantier),
            Chantier = delay.Chantier,
            Delay = JsonSerializer.Serialize(delay, Json),
        };
        try
        {
            var response = expectedETag is null
                ? await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, ETags.Parse(expectedETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return delay with { ETag = ETags.Text(response.RequireETag()) };
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    /// <summary>The request of a delay row read with the year; null when unreadable.</summary>
    internal static BilanDelay? ToDelay(BilanRowEntity row)
    {
        try
        {
            return JsonSerializer.Deserialize<BilanDelay>(row.Delay ?? "null") is { } delay ? delay with { ETag = ETags.Text(row.ETag) } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
