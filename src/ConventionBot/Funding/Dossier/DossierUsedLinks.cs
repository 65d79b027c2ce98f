using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Funding;

/// <summary>
/// Makes upload links single-use: a row keyed by the token's SHA-256 is inserted when a file is accepted; a second
/// insert gets 409 from Table Storage, so two concurrent uploads with one link store one file.
/// </summary>
public sealed class DossierUsedLinks(TableProvider tables, TimeProvider time)
{
    public const string TableName = "DossierUsedLinks";
    private const string Partition = "used";

    public async Task<bool> IsUsedAsync(string token, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(token), ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        return found.HasValue;
    }

    /// <returns>False when the link was already used.</returns>
    public async Task<bool> ClaimAsync(string token, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, Key(token)) { ["UsedAt"] = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    private static string Key(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
