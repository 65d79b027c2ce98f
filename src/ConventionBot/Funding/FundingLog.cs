namespace ConventionBot.Funding;

internal static partial class FundingLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Contribution {ConventionId} {Year} saved.")]
    public static partial void Saved(ILogger logger, string conventionId, int year);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Contribution notification {Kind} for {ConventionId} {Year}: {Count} conversation(s).")]
    public static partial void NotificationRendered(ILogger logger, string kind, string conventionId, int year, int count);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Could not plan the contribution call reminders at start-up; saving a contribution card plans them again.")]
    public static partial void StartupPlanningFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Information, Message = "{Count} contribution(s) copied from the former Funding table into the bilans' partitions.")]
    public static partial void Migrated(ILogger logger, int count);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Warning, Message = "Could not copy the contributions of the former Funding table at start-up; the next start tries again.")]
    public static partial void MigrationFailed(ILogger logger, Exception exception);
}
