namespace ConventionBot.Funding;

/// <summary>One file received for a dossier item: a version, the newest of an item being the one that counts.</summary>
/// <param name="UploadId">Sortable by time, unique: also the blob's last name segment.</param>
/// <param name="By">Display name of who uploaded it; <paramref name="ByAadObjectId"/> their Entra object id.</param>
/// <param name="ETag">The row's version a rejection must match.</param>
public sealed record DossierFile(
    string ConventionId,
    int Year,
    string ItemId,
    string UploadId,
    string FileName,
    long Size,
    string ContentType,
    string? By,
    string? ByAadObjectId,
    DateTimeOffset At,
    string? ETag = null)
{
    public DossierRejection? Rejection { get; init; }

    /// <summary>The blob's name in the dossiers container: <c>{conventionId}/{year}/{itemId}/{uploadId}</c>.</summary>
    public string BlobName => $"{ConventionId}/{Year}/{ItemId}/{UploadId}";
}

/// <summary>Why an admin refused a file, who and when.</summary>
public sealed record DossierRejection(string Reason, string? By, string? ByAadObjectId, DateTimeOffset At);
