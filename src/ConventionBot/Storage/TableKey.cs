using System.Globalization;
using System.Text;

namespace ConventionBot.Storage;

/// <summary>
/// Makes any string a valid, readable table key: the characters the service forbids in keys
/// (/ \ # ? and control characters) and '%' itself are percent-encoded, everything else is kept.
/// </summary>
public static class TableKey
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
