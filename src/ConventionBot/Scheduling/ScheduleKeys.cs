using System.Globalization;
using ConventionBot.Storage;

namespace ConventionBot.Scheduling;

/// <summary>
/// The schedule lives in one partition, so a notification's key row and due row change together in one transaction.
/// A governance calendar schedules a few hundred notifications a year: far below a partition's throughput.
/// </summary>
internal static class ScheduleKeys
{
    public const string Partition = "schedule";
    public const string KeyPrefix = "k|";
    public const string DuePrefix = "d|";

    public static string KeyRow(string key) => KeyPrefix + TableKey.Escape(key, TableLimits.MaxKeyChars - KeyPrefix.Length);

    /// <summary>Fixed-width ticks first, so row keys sort by due instant.</summary>
    public static string DueRow(DateTimeOffset dueAt, string key) =>
        DuePrefix + dueAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|" + TableKey.Escape(key, TableLimits.MaxKeyChars - DuePrefix.Length - 20);

    /// <summary>The first row key after every due row of instants up to <paramref name="now"/> included.</summary>
    public static string DueRowsEnd(DateTimeOffset now) =>
        DuePrefix + (now.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The smallest string greater than every string that starts with <paramref name="prefix"/> (not empty).</summary>
    public static string PrefixEnd(string prefix) => prefix[^1] < char.MaxValue
        ? prefix[..^1] + (char)(prefix[^1] + 1)
        : throw new ArgumentException("A key prefix cannot end with U+FFFF.", nameof(prefix));
}
