using Azure;
using Azure.Data.Tables;
using ConventionBot.Bilans.Contract;
using ConventionBot.Storage;

namespace ConventionBot.Funding;

/// <summary>
/// The list of a year's dossier files in Table Storage, one row per file in the year's partition, so a card reads
/// them in one query and never lists blobs. Rows are added, and only ever updated to record a rejection.
/// </summary>
public sealed class DossierStore(TableProvider tables)
{
    public const string TableName = "DossierFiles";

    /// <summary>Every file of the year, by item then oldest first.</summary>
    public async Task<IReadOnlyList<DossierFile>> ListAsync(string conventionId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var files = new List<DossierFile>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {YearPartition.Key(conventionId, year)}");
        await foreach (var row in table.QueryAsync<DossierFileEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            files.Add(ToFile(row));
        }
        return files;
    }

    public async Task<DossierFile?> FindAsync(string conventionId, int year, string itemId, string uploadId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<DossierFileEntity>(
            YearPartition.Key(conventionId, year), RowKey(itemId, uploadId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToFile(found.Value!) : null;
    }

    public async Task<DossierFile> AddAsync(DossierFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var response = await table.AddEntityAsync(ToEntity(file), cancellationToken).ConfigureAwait(false);
        return file with { ETag = ETags.Text(response.RequireETag()) };
    }

    /// <returns>The rejected file, or null when the row changed since <paramref name="file"/> was read.</returns>
    public async Task<DossierFile?> RejectAsync(DossierFile file, DossierRejection rejection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var rejected = file with { Rejection = rejection };
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(rejected), ETags.Parse(file.ETag!), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return rejected with { ETag = ETags.Text(response.RequireETag()) };
        }
        catch (RequestFailedException exception) when (exception.Status is 412 or 404)
        {
            return null;
        }
    }

    private static string RowKey(string itemId, string uploadId) => $"{itemId}|{uploadId}";

    private static DossierFile ToFile(DossierFileEntity row) => new(
        row.ConventionId, row.Year, row.ItemId, row.UploadId, row.FileName, row.Size, row.ContentType, row.By, row.ByAadObjectId, row.At, ETags.Text(row.ETag))
    {
        Rejection = row.RejectedReason is { } reason ? new DossierRejection(reason, row.RejectedBy, row.RejectedByAadObjectId, row.RejectedAt ?? row.At) : null,
    };

    private static DossierFileEntity ToEntity(DossierFile file) => new()
    {
        PartitionKey = YearPartition.Key(file.ConventionId, file.Year),
        RowKey = RowKey(file.ItemId, file.UploadId),
        ConventionId = file.ConventionId,
        Year = file.Year,
        ItemId = file.ItemId,
        UploadId = file.UploadId,
        FileName = file.FileName,
        Size = file.Size,
        ContentType = file.ContentType,
        By = file.By,
        ByAadObjectId = file.ByAadObjectId,
        At = file.At,
        RejectedReason = file.Rejection?.Reason,
        RejectedBy = file.Rejection?.By,
        RejectedByAadObjectId = file.Rejection?.ByAadObjectId,
        RejectedAt = file.Rejection?.At,
    };
}
