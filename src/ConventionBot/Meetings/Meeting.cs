using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// A governance meeting. <see cref="Start"/> is a UTC instant set from a Paris wall time; <see cref="Version"/>
/// grows on every change, so reminders planned for an older version know they are stale.
/// </summary>
internal sealed record Meeting
{
    public required string Id { get; init; }

    /// <summary>The convention whose chantiers <see cref="Chantiers"/> refers to.</summary>
    public required string ConventionId { get; init; }

    public required MeetingInstance Instance { get; init; }

    public required DateTimeOffset Start { get; init; }

    public string TimeZone { get; init; } = ParisTime.ZoneId;

    public required TimeSpan Duration { get; init; }

    /// <summary>A place, or an online meeting link.</summary>
    public string? Location { get; init; }

    public string? Agenda { get; init; }

    public IReadOnlyList<int> Chantiers { get; init; } = [];

    public required MeetingOrganizer Organizer { get; init; }

    public MeetingStatus Status { get; init; } = MeetingStatus.Planned;

    public int Version { get; init; } = 1;

    /// <summary>The compte-rendu.</summary>
    public string? Minutes { get; init; }

    public string? Decisions { get; init; }

    public IReadOnlyList<FollowUpAction> Actions { get; init; } = [];

    /// <summary>Who attended, as recorded in the follow-up: the proof the meeting was held.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>The storage ETag this value was read with; cards carry it back for optimistic concurrency.</summary>
    public string ETag { get; init; } = "";

    public DateTimeOffset End => Start + Duration;

    public bool IsCancelled => Status == MeetingStatus.Cancelled;

    public bool HasLink => Uri.TryCreate(Location, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}

/// <summary>A follow-up action decided in a meeting, chased before the next meeting of the same instance.</summary>
internal sealed record FollowUpAction(string Text, string Owner, DateOnly Due, bool Done);

/// <summary>Who scheduled the meeting, and the conversation (and language) its follow-up card goes to.</summary>
internal sealed record MeetingOrganizer(string? AadObjectId, string? Name, string ConversationId, Language Language = Language.French);
