namespace ConventionBot.Conventions;

/// <summary>A group of items: an axis of the 2022-2024 convention (art. 1), an orientation of a PLH.</summary>
/// <param name="Heading">What replaces « Orientation 6 » for a group not numbered like the others (« Pilotage et animation »).</param>
public sealed record ConventionAxis(int Number, string Title, string? Heading = null);
