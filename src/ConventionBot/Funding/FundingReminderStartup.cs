using Azure;
using ConventionBot.Conventions;

using ConventionBot.Storage;

namespace ConventionBot.Funding;

/// <summary>At start-up, schedules every convention year's call reminders still ahead; keys are stable, so each instance may do it.</summary>
internal sealed class FundingReminderStartup(ConventionCatalog catalog, FundingReminderPlanner planner, ILogger<FundingReminderStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var convention in catalog.All.Where(c => c.Contribution is not null))
            {
                foreach (var year in convention.Years)
                {
                    await planner.PlanCallAsync(convention.Id, year, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            // Storage unreachable at start: the app still serves; the next start or the next save plans them.
            FundingLog.StartupPlanningFailed(logger, exception);
        }
    }
}
