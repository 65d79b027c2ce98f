using ConventionBot.Calendar;

namespace ConventionBot.Cards;

/// <summary>What every feature's cards and forms say alike, in French and English.</summary>
internal static class CardTexts
{
    public static string Refresh(Language l) => l.Pick("Actualiser", "Refresh");

    /// <summary>Who touched something last and when; empty when either is unknown.</summary>
    public static string Touched(Language l, string? by, DateTimeOffset? at) => by is null || at is null
        ? ""
        : l.Pick($"{by}, le {DateText.Moment(at.Value, l)}", $"{by}, {DateText.Moment(at.Value, l)}");

    public static string TooLong(Language l, string label, int length, int max) => l.Pick(
        $"« {label} » est trop long : {NumberText.Number(length, l)} caractères pour {NumberText.Number(max, l)} au plus.",
        $"“{label}” is too long: {NumberText.Number(length, l)} characters, at most {NumberText.Number(max, l)}.");

    public static string FarTooLong(Language l, string label, int length, int max) => l.Pick(
        $"Rien n’a été enregistré : « {label} » est beaucoup trop long ({NumberText.Number(length, l)} caractères pour {NumberText.Number(max, l)} au plus). Raccourcissez-le dans la carte, où votre saisie est restée, puis réessayez.",
        $"Nothing was saved: “{label}” is far too long ({NumberText.Number(length, l)} characters, at most {NumberText.Number(max, l)}). Shorten it in the card, where your text stayed, and try again.");
}
