using ConventionBot.Calendar;

namespace ConventionBot.Privacy;

/// <summary>What the erasure says to admins, in French and English.</summary>
internal static class PrivacyTexts
{
    public static string WhoToErase(Language l) => l.Pick(
        "Qui faut-il effacer ? Écrivez « effacer » suivi du nom affiché dans Teams ou de l’identifiant Microsoft Entra de la personne, par exemple « effacer dupont ».",
        "Whom should I erase? Write “erase” followed by the person’s Teams display name or Microsoft Entra id, for example “erase dupont”.");

    public static string NobodyFound(Language l, string typed) => l.Pick(
        $"Je ne connais personne qui corresponde à « {Typography.Excerpt(typed, 60)} » : donnez une partie du nom affiché dans Teams, ou l’identifiant Microsoft Entra.",
        $"I know nobody matching “{Typography.Excerpt(typed, 60)}”: give part of the Teams display name, or the Microsoft Entra id.");

    public static string EraseTitle(Language l) => l.Pick("Effacer une personne", "Erase a person");

    public static string EraseExplained(Language l) => l.Pick(
        "Ses noms et identifiants (Teams, Microsoft Entra, conversation privée avec moi) sont remplacés par un même pseudonyme dans tout le suivi : bilans et leurs versions, réunions et réponses, contributions, journal, abonnements. Le contenu du dossier reste, c’est une archive publique. Sa conversation privée avec moi et ses abonnements sont supprimés. L’effacement est définitif ; le journal garde qu’il a eu lieu, sans le nom.",
        "Their names and ids (Teams, Microsoft Entra, personal chat with me) are replaced by one pseudonym throughout the follow-up: bilans and their versions, meetings and answers, contributions, log, subscriptions. The record’s content stays, as a public archive. Their personal chat with me and its subscriptions are deleted. Erasure is final; the log keeps that it happened, without the name.");

    public static string Candidate(Language l, string names, string id, int rows) => l.Pick(
        $"{names} (identifiant {id}) : mentionné·e dans {rows} enregistrement(s)",
        $"{names} (id {id}): mentioned in {rows} record(s)");

    public static string MorePeople(Language l, int more) => l.Pick(
        $"Et {more} autre(s) personne(s) : précisez le nom.", $"And {more} more person(s): be more precise.");

    public static string EraseButton(Language l, string name) => l.Pick($"Effacer {Typography.Excerpt(name, 40)}", $"Erase {Typography.Excerpt(name, 40)}");

    public static string ErasedTitle(Language l) => l.Pick("Personne effacée", "Person erased");

    public static string Erased(Language l, Erasure done) => l.Pick(
        $"C’est fait : son identité est remplacée par « {done.Pseudonym} » dans {done.Updated} enregistrement(s), et {done.Deleted} enregistrement(s) liés à sa conversation privée sont supprimés. Le contenu du dossier est intact ; l’effacement est noté au journal.",
        $"Done: their identity is replaced by “{done.Pseudonym}” in {done.Updated} record(s), and {done.Deleted} record(s) tied to their personal chat are deleted. The record’s content is intact; the erasure is in the log.");
}
