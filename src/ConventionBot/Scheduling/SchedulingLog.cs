namespace ConventionBot.Scheduling;

/// <summary>Scheduler and dispatcher events: kinds, counts and instants; never keys' subjects, conversations or texts.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Notification dispatcher {InstanceId} started")]
    public static partial void DispatcherStarted(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Notification {Kind} due {DueAt:O}: added {Added} (false: already scheduled)")]
    public static partial void Scheduled(ILogger logger, string kind, DateTimeOffset dueAt, bool added);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "{Count} pending notifications cancelled")]
    public static partial void Cancelled(ILogger logger, int count);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Notification {Kind} done; its last pass: {Sent} sent, {Gone} gone, {Skipped} skipped, {Failed} failed")]
    public static partial void PassCompleted(ILogger logger, string kind, int sent, int gone, int skipped, int failed);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Notification {Kind}: {Pending} deliveries to retry at {NextDue:O}")]
    public static partial void PassPostponed(ILogger logger, string kind, int? pending, DateTimeOffset nextDue);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error, Message = "Notification {Kind} abandoned after {Passes} passes, {Pending} deliveries never sent")]
    public static partial void GaveUp(ILogger logger, string kind, int passes, int? pending);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Error, Message = "Notification {Kind}: pass {Pass} failed")]
    public static partial void PassFailed(ILogger logger, string kind, int pass, Exception exception);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Notification {Kind}: lease lost during the pass (taken over or cancelled); stopped sending")]
    public static partial void LeaseLost(ILogger logger, string kind);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Information, Message = "Notification {Kind} was cancelled or taken over during its pass")]
    public static partial void ChangedDuringPass(ILogger logger, string kind);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Error, Message = "Notification {Kind}: delivery failed for good ({Reason}, status {Status}) after {Attempts} attempts")]
    public static partial void DeliveryFailed(ILogger logger, string kind, string reason, int? status, int attempts);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Notification {Kind}: a delivery row changed under us (412); another instance held the notification")]
    public static partial void DeliveryChangedConcurrently(ILogger logger, string kind);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Warning, Message = "Notification dispatch: Table Storage unavailable, trying again at the next poll")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Information, Message = "Schedule purged: {Notifications} notification(s) and {Deliveries} delivery row(s) older than {Cutoff}")]
    public static partial void Purged(ILogger logger, int notifications, int deliveries, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Warning, Message = "Notification {Kind} due at {DueAt} not scheduled: older than the schedule's retention")]
    public static partial void TooOld(ILogger logger, string kind, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 6015, Level = LogLevel.Information, Message = "Notification {Kind} dropped: a later one of its series is due too")]
    public static partial void Superseded(ILogger logger, string kind);
}
