namespace ConventionBot.Meetings;

/// <summary>How many meetings of one instance a convention year has (held, or planned and not cancelled), against its minimum.</summary>
internal sealed record InstanceTally(string Code, int Count, int Minimum)
{
    public bool IsMet => Count >= Minimum;
}
