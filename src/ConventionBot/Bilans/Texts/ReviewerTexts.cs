using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>
/// What the bilan texts say of who reviews: the definition's reviewer by its designation (« Soumettre à la Métropole »),
/// or, when the definition names none (the PLH validates its own bilan), the review itself (« Soumettre pour validation »).
/// </summary>
internal static class ReviewerTexts
{
    public static string Submit(ConventionDefinition convention, Language l) => convention.Reviewer is { } r
        ? l.Pick($"Soumettre à {r.Named}", $"Submit to the {r.ShortName}")
        : l.Pick("Soumettre pour validation", "Submit for validation");

    public static string ReviewTitle(ConventionDefinition convention, Language l) => convention.Reviewer is { } r
        ? l.Pick($"Relecture par {r.Named}", $"Review by the {r.ShortName}")
        : l.Pick("Relecture", "Review");

    public static string Comment(ConventionDefinition convention, Language l) => convention.Reviewer is { } r
        ? l.Pick($"Commentaire de {r.Named}", $"{r.ShortName}’s comment")
        : l.Pick("Commentaire de relecture", "Review comment");

    public static string Submitted(ConventionDefinition convention, Language l) => convention.Reviewer is { } r
        ? l.Pick($"Bilan soumis à {r.Named}. Vous pouvez encore le modifier tant qu’il n’est pas validé.",
            $"Bilan submitted to the {r.ShortName}. You can still edit it until it is validated.")
        : l.Pick("Bilan soumis pour validation. Vous pouvez encore le modifier tant qu’il n’est pas validé.",
            "Bilan submitted for validation. You can still edit it until it is validated.");

    public static string AwaitingReview(ConventionDefinition convention, Language l)
    {
        var (fr, en) = convention.Reviewer is { } r ? (r.Named, "the " + r.ShortName) : ("un administrateur", "an administrator");
        return l.Pick(
            $"Soumis : {fr} le relit, puis le valide ou demande des modifications. D’ici là, ses contributeurs peuvent encore corriger la version soumise.",
            $"Submitted: {en} reviews it, then validates it or requests changes. Until then, its contributors can still correct the submitted version.");
    }
}
