namespace ConventionBot.Meetings;

/// <summary>
/// "By <see cref="Day"/>/<see cref="Month"/> of each convention year, at least <see cref="Minimum"/> meetings of
/// <see cref="Instance"/> held or planned"; otherwise subscribed admins are alerted that day.
/// </summary>
public sealed class GovernanceCheckpoint
{
    /// <summary>A governance instance code of the convention, e.g. COTECH.</summary>
    public string Instance { get; set; } = "";

    public int Month { get; set; }

    public int Day { get; set; }

    public int Minimum { get; set; }

    public bool IsValid =>
        !string.IsNullOrWhiteSpace(Instance) && Minimum >= 1 && Month is >= 1 and <= 12
        && Day >= 1 && Day <= DateTime.DaysInMonth(2001, Month); // 2001: not a leap year, so 29 February is refused.

    public DateOnly DateIn(int year) => new(year, Month, Day);
}
