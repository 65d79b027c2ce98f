using System.Globalization;
using ConventionBot.Storage;

namespace ConventionBot.Bilans;

/// <summary>Table keys: one partition per convention year, holding its campaign, chantiers and history.</summary>
internal static class BilanKeys
{
    public const string ChantierPrefix = "chantier|";
    public const string HistoryPrefix = "history|";

    public static string Partition(string conventionId, int year) =>
        TableKey.Escape(conventionId, TableLimits.MaxKeyChars - 5) + "|" + year.ToString(CultureInfo.InvariantCulture);

    public static string Chantier(int chantier) => ChantierPrefix + chantier.ToString("00", CultureInfo.InvariantCulture);

    public static string HistoryOf(int chantier) => HistoryPrefix + chantier.ToString("00", CultureInfo.InvariantCulture) + "|";

    public static string History(int chantier, int version) =>
        HistoryOf(chantier) + version.ToString("000000", CultureInfo.InvariantCulture);
}
