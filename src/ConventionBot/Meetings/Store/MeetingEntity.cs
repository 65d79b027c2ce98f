using Azure;
using Azure.Data.Tables;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>One row per meeting; the follow-up actions are a small JSON list.</summary>
internal sealed class MeetingEntity : ITableEntity
{
    // Tens of meetings a year: one partition keeps point reads and "all meetings" queries simple.
    public const string Partition = "meeting";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConventionId { get; set; } = "";
    public string InstanceCode { get; set; } = "";
    public string? InstanceLabel { get; set; }
    public DateTimeOffset Start { get; set; }
    public string TimeZone { get; set; } = ParisTime.ZoneId;
    public int DurationMinutes { get; set; }
    public string? Location { get; set; }
    public string? Agenda { get; set; }

    /// <summary>Chantier numbers, comma-separated ("1,5").</summary>
    public string Chantiers { get; set; } = "";
    public string? OrganizerAadObjectId { get; set; }
    public string? OrganizerName { get; set; }
    public string OrganizerConversationId { get; set; } = "";
    public Language OrganizerLanguage { get; set; }
    public MeetingStatus Status { get; set; }
    public int Version { get; set; }
    public string? Minutes { get; set; }
    public string? Decisions { get; set; }
    public string? ActionsJson { get; set; }

    /// <summary>Attendees' names, one per line; bounded by the follow-up validator well within a property's 64 KiB.</summary>
    public string? Participants { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
