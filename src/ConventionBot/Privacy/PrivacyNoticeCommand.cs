using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Privacy;

/// <summary>
/// <c>confidentialité</c>: the processing notice (RGPD art. 13): what the bot stores about people, why, for how long,
/// who sees it, and whom to ask.
/// </summary>
internal sealed class PrivacyNoticeCommand(IOptions<ConversationOptions> options) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["confidentialite", "donnees", "rgpd", "privacy"];

    public CommandHelp Help(Language language) => new(
        90,
        language.Pick("confidentialité", "privacy"),
        language.Pick("les données personnelles que je conserve, pourquoi, combien de temps, et à qui s’adresser",
            "the personal data I keep, why, for how long, and whom to ask"));

    public Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var l = request.Caller.Language;
        var contact = options.Value.PrivacyContact is { Length: > 0 } address
            ? l.Pick($"le délégué à la protection des données de la Métropole Aix-Marseille-Provence ({address})",
                $"the data protection officer of the Métropole Aix-Marseille-Provence ({address})")
            : l.Pick("le délégué à la protection des données de la Métropole Aix-Marseille-Provence",
                "the data protection officer of the Métropole Aix-Marseille-Provence");
        var title = l.Pick("Vos données personnelles", "Your personal data");
        return Task.FromResult(BotReply.WithCard(CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(l.Pick(
                    "ConventionBot suit la convention de partenariat entre la Métropole Aix-Marseille-Provence et l’AR Hlm PACA & Corse. La Métropole est responsable de ce traitement, mené pour l’exécution de la convention (mission d’intérêt public).",
                    "ConventionBot follows the partnership convention between the Métropole Aix-Marseille-Provence and the AR Hlm PACA & Corse. The Métropole is the controller of this processing, carried out to perform the convention (a task in the public interest).")),
                CardParts.Heading(l.Pick("Ce que je conserve", "What I keep")),
                CardParts.Bullet(l.Pick(
                    "Votre nom affiché dans Teams et votre identifiant Microsoft Entra, avec ce que vous faites dans le suivi : bilans rédigés, soumis ou relus, réunions planifiées, réponses aux invitations, contributions mises à jour.",
                    "Your Teams display name and Microsoft Entra id, with what you do in the follow-up: bilans written, submitted or reviewed, meetings scheduled, answers to invitations, contributions updated.")),
                CardParts.Bullet(l.Pick(
                    "L’adresse technique des conversations où je vous écris (pour les rappels), leur langue, et les abonnements.",
                    "The technical address of the conversations I write to (for reminders), their language, and the subscriptions.")),
                CardParts.Bullet(l.Pick(
                    "Rien d’autre : ni courriel, ni téléphone ; les journaux techniques ne contiennent ni noms, ni identifiants, ni textes.",
                    "Nothing else: no e-mail, no phone number; technical logs hold no names, ids or texts.")),
                CardParts.Heading(l.Pick("Combien de temps", "For how long")),
                CardParts.Bullet(l.Pick(
                    "Les bilans, réunions et contributions forment le dossier de la convention : ce sont des archives publiques, conservées avec leurs auteurs. Si votre identité est effacée, elle y est remplacée par un pseudonyme et le contenu reste.",
                    "Bilans, meetings and contributions make up the convention’s record: they are public archives, kept with their authors. If your identity is erased, a pseudonym replaces it there and the content stays.")),
                CardParts.Bullet(l.Pick(
                    "Les rappels envoyés sont effacés après la durée de conservation fixée à l’installation (90 jours par défaut) ; une conversation cesse d’être utilisée dès qu’elle se désabonne ou retire l’application.",
                    "Reminders sent are erased after the retention set at installation (90 days by default); a conversation is no longer used once it unsubscribes or removes the app.")),
                CardParts.Heading(l.Pick("Qui y a accès", "Who has access")),
                CardParts.Text(l.Pick(
                    "Les agents de la Métropole et de l’AR Hlm qui utilisent ConventionBot, selon leur rôle ; les données sont hébergées dans l’abonnement Azure de la Métropole.",
                    "The Métropole and AR Hlm staff who use ConventionBot, according to their role; the data is hosted in the Métropole’s Azure subscription.")),
                CardParts.Heading(l.Pick("Vos droits", "Your rights")),
                CardParts.Text(l.Pick(
                    "Écrivez-moi « mes données » dans notre conversation privée : je vous donne tout ce que je conserve à votre sujet (JSON et CSV).",
                    "Write “my data” in our personal chat: I give you everything I keep about you (JSON and CSV).")),
                CardParts.Text(l.Pick(
                    $"Pour faire rectifier vos données, en limiter l’usage ou faire effacer votre identité (un administrateur la remplace alors par un pseudonyme), adressez-vous à {contact}. Vous pouvez aussi saisir la CNIL.",
                    $"To have your data corrected, restrict its use or have your identity erased (an administrator then replaces it with a pseudonym), write to {contact}. You may also refer to the CNIL.")),
            ],
            [ConversationCards.RunButton(l.Pick("Obtenir mes données", "Get my data"), l.Pick("mes données", "my data"))],
            title)));
    }
}
