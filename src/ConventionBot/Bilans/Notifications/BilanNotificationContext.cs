using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Scheduling;

namespace ConventionBot.Bilans;

/// <summary>Re-reads, at send time, the campaign a reminder was planned for.</summary>
internal static class BilanNotificationContext
{
    /// <returns>The convention, year and campaign; null when the reminder is obsolete (campaign gone, deadline moved).</returns>
    public static async Task<(ConventionDefinition Convention, BilanYear Year, BilanCampaign Campaign)?> LoadCurrentAsync(
        ConventionCatalog catalog, BilanStore bilans, ScheduledNotification notification, CancellationToken cancellationToken)
    {
        if (BilanNotice.FromJson(notification.Payload) is not { } notice || catalog.Find(notice.ConventionId) is not { } convention)
        {
            return null;
        }
        var year = await bilans.LoadYearAsync(convention, notice.Year, cancellationToken).ConfigureAwait(false);
        return year.Campaign is { } campaign && campaign.Deadline == DateText.ParseInput(notice.Deadline)
            ? (convention, year, campaign)
            : null;
    }
}
