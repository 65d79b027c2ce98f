using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>What the contribution feature says, in French and English.</summary>
internal static class FundingTexts
{
    public static string Title(Language l, int year) => l.Pick($"Contribution {year} de la Métropole", $"Métropole’s {year} contribution");

    public static string Euros(decimal amount, Language l) => NumberText.Amount(amount, "EUR", l);

    public static string AmountLabel(Language l) => l.Pick("Montant", "Amount");

    public static string CallLabel(Language l) => l.Pick("Appel de fonds reçu le", "Call for funds received on");

    public static string PaidLabel(Language l) => l.Pick("Versement effectué le", "Payment made on");

    public static string ReasonLabel(Language l) => l.Pick("Motif de la réduction ou de la suspension", "Reason for the reduction or suspension");

    public static string DecisionLabel(Language l) => l.Pick("Décision de la Métropole (article 3)", "Métropole’s decision (article 3)");

    public static string ReducedAmountLabel(Language l) => l.Pick("Montant réduit (€), si réduite", "Reduced amount (€), if reduced");

    public static string DocumentsLabel(Language l) => l.Pick("Pièces du dossier reçues", "Dossier documents received");

    public static string Decision(Language l, FundingDecision decision) => decision switch
    {
        FundingDecision.Reduced => l.Pick("Réduite", "Reduced"),
        FundingDecision.Suspended => l.Pick("Suspendue", "Suspended"),
        _ => l.Pick("Montant de la convention", "Convention amount"),
    };

    /// <summary>"15 000 € (réduite : motif)": the amount due and why it differs from the convention's.</summary>
    public static string AmountWithDecision(Language l, string amount, FundingDecision decision, string? reason)
    {
        var what = Decision(l, decision).ToLowerInvariant();
        return reason is null
            ? $"{amount} ({what})"
            : l.Pick($"{amount} ({what} : {reason})", $"{amount} ({what}: {reason})");
    }

    /// <summary>A dossier document and its state in words ("RIB : reçu"), for every reader and screen reader alike.</summary>
    public static string DocumentState(Language l, string document, bool received) => received
        ? l.Pick($"{document} : reçu", $"{document}: received")
        : l.Pick($"{document} : manquant", $"{document}: missing");

    public static string Call(Language l, DateOnly? sentOn, DateOnly due) => sentOn is { } day
        ? l.Pick($"reçu le {DateText.Day(day, l)}", $"received on {DateText.Day(day, l)}")
        : l.Pick($"pas encore reçu (attendu au plus tard le {DateText.Day(due, l)})", $"not received yet (due by {DateText.Day(due, l)})");

    public static string Payment(Language l, FundingRecord record, DateOnly? due, DateOnly today) => (record, due) switch
    {
        ({ PaidOn: { } paid }, _) => l.Pick($"effectué le {DateText.Day(paid, l)}", $"made on {DateText.Day(paid, l)}"),
        ({ Decision: FundingDecision.Suspended }, _) => l.Pick("aucun (contribution suspendue)", "none (contribution suspended)"),
        (_, null) => l.Pick("en attente de l’appel de fonds", "awaiting the call for funds"),
        (_, { } day) when day < today => l.Pick($"**en retard** : attendu au plus tard le {DateText.Day(day, l)}", $"**overdue**: due by {DateText.Day(day, l)}"),
        (_, { } day) => l.Pick($"attendu au plus tard le {DateText.Day(day, l)}", $"due by {DateText.Day(day, l)}"),
    };

    public static string BilanDocument(Language l, BilanYear bilan) => bilan.IsFullyValidated
        ? l.Pick($"bilan {bilan.Year} entièrement validé (coché automatiquement)", $"{bilan.Year} bilan fully validated (ticked automatically)")
        : l.Pick($"{NumberText.Count(bilan.Count(BilanStatus.Validated), l, "chantier validé", "chantiers validés")} sur {bilan.Chantiers.Count} ; coché automatiquement quand tous le sont",
            $"{bilan.Count(BilanStatus.Validated)} of {NumberText.Count(bilan.Chantiers.Count, l, "workstream", "workstreams")} validated; ticked automatically when all are");

    public static string Save(Language l) => l.Pick("Enregistrer", "Save");

    public static string EditTitle(Language l) => l.Pick("Mettre à jour (administrateurs)", "Update (administrators)");

    public static string Saved(Language l) => l.Pick("Suivi de la contribution enregistré.", "Contribution follow-up saved.");

    public static string NotSaved(Language l) => l.Pick(
        "Rien n’a été enregistré. Corrigez ce qui suit ; vos saisies sont conservées ci-dessous :", "Nothing was saved. Please fix the following; what you typed is kept below:");

    public static string Conflict(Language l, string? by) => l.Pick(
        $"Rien n’a été enregistré : {by ?? "quelqu’un"} a mis à jour ce suivi entre-temps. Le haut de la carte montre sa version ; vos saisies sont conservées dans le formulaire : vérifiez-les, puis enregistrez à nouveau.",
        $"Nothing was saved: {by ?? "someone"} updated this follow-up in the meantime. The top of the card shows their version; what you typed is kept in the form: check it, then save again.");

    public static string InvalidDate(Language l, string label, string typed) => l.Pick(
        $"« {label} » : « {Typography.Excerpt(typed)} » n’est pas une date valide (attendu : AAAA-MM-JJ).", $"“{label}”: “{Typography.Excerpt(typed)}” is not a valid date (expected: YYYY-MM-DD).");

    public static string FutureDate(Language l, string label) => l.Pick(
        $"« {label} » ne peut pas être dans le futur.", $"“{label}” cannot be in the future.");

    public static string UnknownDocument(Language l, string id) => l.Pick($"Pièce inconnue : « {Typography.Excerpt(id)} ».", $"Unknown document: “{Typography.Excerpt(id)}”.");

    public static string UnknownDecision(Language l, string typed) => l.Pick(
        $"Décision inconnue : « {Typography.Excerpt(typed)} ». Choisissez-en une dans la liste.", $"Unknown decision: “{Typography.Excerpt(typed)}”. Pick one from the list.");

    public static string InvalidAmount(Language l, string typed, decimal annual) => l.Pick(
        $"Le montant réduit doit être un nombre d’euros positif, avec au plus deux décimales, et inférieur à {Euros(annual, l)} (vous avez saisi « {Typography.Excerpt(typed)} »).",
        $"The reduced amount must be a positive number of euros, with at most two decimals, below {Euros(annual, l)} (you typed “{Typography.Excerpt(typed)}”).");

    public static string ReasonRequired(Language l) => l.Pick(
        "Indiquez le motif de la réduction ou de la suspension.", "Give the reason for the reduction or suspension.");

    public static string PaidWithoutCall(Language l) => l.Pick(
        "Indiquez d’abord la date de l’appel de fonds : un versement y répond.", "Enter the call for funds first: a payment answers it.");

    public static string PaidBeforeCall(Language l) => l.Pick(
        "Le versement ne peut pas précéder l’appel de fonds.", "The payment cannot precede the call for funds.");

    public static string PaidWhileSuspended(Language l) => l.Pick(
        "Une contribution suspendue ne peut pas avoir de versement.", "A suspended contribution cannot have a payment.");

    public static string NoContribution(Language l) => l.Pick(
        "Cette convention ne prévoit pas de contribution financière.", "This convention has no financial contribution.");
}
