using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Scheduling;

namespace ConventionBot.Bilans;

/// <summary>Re-reads, at send time, the campaign a reminder was planned for.</summary>
internal static class BilanNotificationContext
{
    /// <returns>
    /// The convention, the year reduced to the chantiers whose own deadline is the one the reminder was planned for
    /// (the campaign's, or one chantier's extension), and the campaign with that deadline; null when the reminder is
    /// obsolete (campaign gone, deadline moved, extension changed).
    /// </returns>
    public static async Task<(ConventionDefinition Convention, BilanYear Year, BilanCampaign Campaign)?> LoadCurrentAsync(
        ConventionCatalog catalog, BilanStore bilans, ScheduledNotification notification, CancellationToken cancellationToken)
    {
        if (BilanNotice.FromJson(notification.Payload) is not { } notice || catalog.Find(notice.ConventionId) is not { } convention)
        {
            return null;
        }
        var year = await bilans.LoadYearAsync(convention, notice.Year, cancellationToken).ConfigureAwait(false);
        var deadline = DateText.ParseInput(notice.Deadline);
        if (year.Campaign is not { } campaign || (notice.Chantier == 0 && campaign.Deadline != deadline))
        {
            return null;
        }
        var due = year with
        {
            Chantiers = [.. year.Chantiers.Where(c => (notice.Chantier == 0 || c.Chantier == notice.Chantier) && year.DeadlineOf(c.Chantier) == deadline)],
        };
        return due.Chantiers.Count == 0 ? null : (convention, due, campaign with { Deadline = deadline!.Value });
    }
}
