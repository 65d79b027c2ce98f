namespace ConventionBot.Meetings;

/// <summary>A valid schedule or edit form: what a meeting will be set to.</summary>
internal sealed record MeetingDraft(
    MeetingInstance Instance,
    DateTimeOffset Start,
    TimeSpan Duration,
    string? Location,
    string? Agenda,
    IReadOnlyList<int> Chantiers);
