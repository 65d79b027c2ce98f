namespace ConventionBot.Bilans.Contract;

/// <summary>One key figure of a chantier's bilan (whole number), with its labels.</summary>
public sealed record BilanFigure(string Id, string French, string English)
{
    /// <summary>The figures every chantier reports, in the order the form and the documents show them.</summary>
    public static IReadOnlyList<BilanFigure> All { get; } =
    [
        new("meetings", "Réunions tenues", "Meetings held"),
        new("bailleurs", "Bailleurs mobilisés", "Social landlords involved"),
        new("workingGroups", "Groupes de travail", "Working groups"),
        new("publications", "Publications", "Publications"),
        new("trainings", "Sessions de formation", "Training sessions"),
        new("events", "Événements", "Events"),
    ];
}
