namespace ConventionBot.Journal;

/// <summary>
/// One change to the convention's record, as the journal keeps it: who (Entra object id and display name at the
/// time), from which conversation, when, on what (<see cref="Subject"/>, e.g. "Bilan 2024 · chantier 5") and what
/// changed (<see cref="Summary"/>). <see cref="Year"/> and <see cref="Chantier"/> let admins filter.
/// </summary>
public sealed record JournalEntry(
    DateTimeOffset At,
    string? ActorId,
    string? ActorName,
    string ConversationId,
    string ConventionId,
    string Subject,
    string Summary,
    int? Year,
    int? Chantier);

/// <summary>
/// What a feature tells the journal about a change it just saved, in plain French (typography is set when it is
/// shown); the journal adds who, where and when.
/// </summary>
public sealed record JournalChange(string ConventionId, string Subject, string Summary, int? Year = null, int? Chantier = null);
