using System.Globalization;
using ConventionBot.Storage;

namespace ConventionBot.Bilans;

/// <summary>Table keys: one partition per convention year, holding its campaign, chantiers, history and contribution.</summary>
internal static class BilanKeys
{
    public const string ChantierPrefix = "chantier|";
    public const string HistoryPrefix = "history|";

    /// <summary>A chantier's delay request (<see cref="Contract.BilanDelay"/>); it sorts before the history, so the year's query reads it.</summary>
    public const string DelayPrefix = "delay|";

    /// <summary>
    /// The year's contribution (the funding feature's row), kept in the year's partition so the query that reads the
    /// year's bilans returns it too; it sorts between the chantiers and the history, and bilan readers skip it.
    /// </summary>
    public const string Contribution = "contribution";

    public static string Partition(string conventionId, int year) =>
        TableKey.Escape(conventionId, TableLimits.MaxKeyChars - 5) + "|" + year.ToString(CultureInfo.InvariantCulture);

    public static string Chantier(int chantier) => ChantierPrefix + chantier.ToString("00", CultureInfo.InvariantCulture);

    public static string Delay(int chantier) => DelayPrefix + chantier.ToString("00", CultureInfo.InvariantCulture);

    public static string HistoryOf(int chantier) => HistoryPrefix + chantier.ToString("00", CultureInfo.InvariantCulture) + "|";

    public static string History(int chantier, int version) =>
        HistoryOf(chantier) + version.ToString("000000", CultureInfo.InvariantCulture);
}
