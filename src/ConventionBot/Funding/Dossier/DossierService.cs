using System.Globalization;
using System.Security.Cryptography;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;
using ConventionBot.Scheduling;

namespace ConventionBot.Funding;

/// <summary>
/// Receives and refuses the dossier's files: the blob, then its row, then the item's tick on the year's contribution,
/// then the journal. A newer file never replaces an older one: each is a version.
/// </summary>
public sealed class DossierService(
    DossierStore store, DossierBlobs blobs, FundingStore funding, AuditJournal journal, INotificationScheduler scheduler, TimeProvider time, ILogger<DossierService> logger)
{
    public Task<IReadOnlyList<DossierFile>> ListAsync(string conventionId, int year, CancellationToken cancellationToken) =>
        store.ListAsync(conventionId, year, cancellationToken);

    public Task<DossierFile?> FindAsync(string conventionId, int year, string itemId, string uploadId, CancellationToken cancellationToken) =>
        store.FindAsync(conventionId, year, itemId, uploadId, cancellationToken);

    /// <summary>Stores a checked file for <paramref name="item"/> and ticks it as received by <paramref name="uploader"/>.</summary>
    public async Task<DossierFile> AddAsync(
        ConventionDefinition convention, int year, ContributionDocument item, DossierUpload upload, Caller uploader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(uploader);
        var at = time.GetUtcNow();
        var uploadId = at.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var file = new DossierFile(convention.Id, year, item.Id, uploadId, upload.FileName, upload.Size, upload.ContentType, uploader.Name, uploader.AadObjectId, at);
        upload.Content.Position = 0;
        await blobs.UploadAsync(file, upload.Content, cancellationToken).ConfigureAwait(false);
        var saved = await store.AddAsync(file, cancellationToken).ConfigureAwait(false);
        await TickAsync(convention.Id, year, item.Id, received: true, uploader, cancellationToken).ConfigureAwait(false);
        await journal.RecordAsync(uploader, new JournalChange(convention.Id, $"Contribution {year}", $"pièce déposée : {item.Label} — « {file.FileName} »", year), cancellationToken).ConfigureAwait(false);
        DossierLog.FileAdded(logger, convention.Id, year, item.Id, file.Size);
        return saved;
    }

    /// <summary>Refuses a file with a reason; the item is no longer ticked when no other file of it stands; the AR Hlm is told.</summary>
    /// <returns>The rejected file, or null when it is already rejected, or was rejected by someone else meanwhile.</returns>
    public async Task<DossierFile?> RejectAsync(
        ConventionDefinition convention, ContributionDocument item, DossierFile file, string reason, Caller admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(admin);
        if (file.Rejection is not null)
        {
            return null;
        }
        var rejected = await store.RejectAsync(file, new DossierRejection(reason, admin.Name, admin.AadObjectId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (rejected is null)
        {
            return null;
        }
        var files = await store.ListAsync(convention.Id, file.Year, cancellationToken).ConfigureAwait(false);
        if (!files.Any(f => f.ItemId == item.Id && f.Rejection is null))
        {
            await TickAsync(convention.Id, file.Year, item.Id, received: false, admin, cancellationToken).ConfigureAwait(false);
        }
        await journal.RecordAsync(admin, new JournalChange(
            convention.Id, $"Contribution {file.Year}", $"pièce refusée : {item.Label} — « {file.FileName} » (motif : {reason})", file.Year), cancellationToken).ConfigureAwait(false);
        var notice = new DossierRejectionNotice(convention.Id, file.Year, file.ItemId, file.UploadId);
        await scheduler.ScheduleAsync(
            new ScheduledNotification(DossierRejectionRenderer.Kind, $"dossier-rejected:{convention.Id}:{file.Year}:{file.ItemId}:{file.UploadId}", time.GetUtcNow(), notice.ToJson()),
            cancellationToken).ConfigureAwait(false);
        DossierLog.FileRejected(logger, convention.Id, file.Year, item.Id);
        return rejected;
    }

    /// <summary>Ticks or unticks an item on the year's contribution, over whatever version is stored (a few tries when saves cross).</summary>
    private async Task TickAsync(string conventionId, int year, string itemId, bool received, Caller by, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var record = await funding.LoadAsync(conventionId, year, cancellationToken).ConfigureAwait(false);
            if (record.DocumentsReceived.Contains(itemId) == received)
            {
                return;
            }
            var documents = received ? record.DocumentsReceived.Append(itemId) : record.DocumentsReceived.Where(d => d != itemId);
            var stamped = record with { DocumentsReceived = [.. documents], UpdatedBy = by.Name ?? by.AadObjectId ?? "?", UpdatedAt = time.GetUtcNow() };
            if (await funding.SaveAsync(stamped, record.ETag, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }
        throw new InvalidOperationException($"The contribution {conventionId} {year} kept changing: the dossier item {itemId} could not be ticked.");
    }
}
