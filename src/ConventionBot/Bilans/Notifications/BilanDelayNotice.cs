using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Scheduling;

namespace ConventionBot.Bilans;

/// <summary>Re-reads, at send time, the delay request a notification is about.</summary>
internal static class BilanDelayNotice
{
    /// <returns>The request's view (in <paramref name="catalog"/>'s French, re-languaged per recipient); null when the request is gone.</returns>
    public static async Task<DelayView?> LoadAsync(ConventionCatalog catalog, BilanStore store, ScheduledNotification notification, CancellationToken cancellationToken)
    {
        if (BilanNotice.FromJson(notification.Payload) is not { } notice
            || catalog.Find(notice.ConventionId) is not { } convention
            || convention.FindChantier(notice.Chantier) is not { } chantier)
        {
            return null;
        }
        var year = await store.LoadYearAsync(convention, notice.Year, cancellationToken).ConfigureAwait(false);
        return year.DelayOf(chantier.Number) is null ? null : new DelayView(convention, year, chantier, Calendar.Language.French);
    }

    public static bool IsPending(DelayView view) => view.Delay?.Status == BilanDelayStatus.Pending;
}
