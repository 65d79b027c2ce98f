using ConventionBot.Calendar;
namespace ConventionBot.Conversation;

/// <summary>What the bot says about itself, in French and English.</summary>
internal static class ConversationTexts
{
    public static string HelpIntro(Language l) => l.Pick(
        "Je suis l’assistant de suivi de la convention de partenariat entre la Métropole Aix-Marseille-Provence et l’AR Hlm PACA & Corse. Écrivez-moi une de ces commandes :",
        "I follow the partnership convention between the Métropole Aix-Marseille-Provence and the AR Hlm PACA & Corse. Write me one of these commands:");

    public static string Welcome(Language l) => l.Pick(
        "Bonjour ! Je suis ConventionBot. Tapez **aide** à tout moment pour voir ce que je sais faire.",
        "Hello! I am ConventionBot. Type **help** at any time to see what I can do.");

    public static string NotUnderstood(Language l, string text) => l.Pick(
        $"Je n’ai pas compris « {Typography.Excerpt(text)} ». Vouliez-vous dire :",
        $"I did not understand “{Typography.Excerpt(text)}”. Did you mean:");

    public static string HelpTips(Language l) => l.Pick(
        "Majuscules et accents ne comptent pas. Dans une équipe ou une conversation de groupe, mentionnez @ConventionBot avant la commande.",
        "Case and accents do not matter. In a team or a group chat, mention @ConventionBot before the command.");

    public static string HelpButton(Language l) => l.Pick("Toutes les commandes", "All commands");

    public static string TurnFailed(Language l) => l.Pick(
        "Désolé, quelque chose s’est mal passé de mon côté. L’équipe technique est prévenue ; réessayez dans un instant.",
        "Sorry, something went wrong on my side. The technical team has been told; please try again in a moment.");

    public static string StorageUnavailable(Language l) => l.Pick(
        "Les données de la convention sont momentanément inaccessibles (stockage indisponible). Réessayez dans quelques minutes.",
        "The convention's data is temporarily unavailable (storage is down). Please try again in a few minutes.");

    public static string StorageUnavailableOnCard(Language l) => l.Pick(
        "Les données de la convention sont momentanément inaccessibles : ce que vous avez saisi est resté dans la carte. Réessayez dans quelques minutes.",
        "The convention's data is temporarily unavailable: what you typed is still in the card. Please try again in a few minutes.");

    public static string ActionNotSupported(Language l) => l.Pick(
        "Cette action n’est pas (ou plus) disponible.", "This action is not (or no longer) available.");

    public static string OpenedBelow(Language l) => l.Pick(
        "Réponse envoyée dans un nouveau message, ci-dessous.", "Answer sent as a new message, below.");

    public static string TenantRefused(Language l) => l.Pick(
        "Désolé, ConventionBot est réservé aux équipes de la Métropole Aix-Marseille-Provence et de l’AR Hlm PACA & Corse.",
        "Sorry, ConventionBot is reserved for the teams of the Métropole Aix-Marseille-Provence and the AR Hlm PACA & Corse.");

    public static string AdminOnly(Language l) => l.Pick(
        "Seuls les administrateurs de la convention (Métropole ou AR Hlm) peuvent faire cela. Demandez à votre administrateur de vous ajouter.",
        "Only the convention's administrators (Métropole or AR Hlm) can do this. Ask your administrator to add you.");
}
