using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Scheduling;

/// <summary>How the notification dispatcher polls, leases and sends; section <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Longest wait between two looks for due notifications (sooner when one is due sooner, or just scheduled).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed notification stays with its instance without renewal; a crashed instance's claim ends after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sends in flight at once for one notification; the Connector's rate limits pace them further.</summary>
    [Range(1, 256)]
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>Passes over a delivery (each with the Connector's own retries) before it is recorded as failed.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the second pass over undelivered messages; doubles at each pass up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long sent notifications and their delivery rows are kept (then purged, once a day), and how far in the past a
    /// notification may still be scheduled.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Names this instance in leases; empty means the machine name plus a random suffix (unique per process).</summary>
    public string? InstanceId { get; set; }
}
