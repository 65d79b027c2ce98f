using System.Text;
using System.Text.RegularExpressions;

namespace ConventionBot.Diagnostics;

/// <summary>
/// Cuts from a URL what could name someone. Connector paths hold conversation ids, Table Storage paths and queries hold
/// partition and row keys (conversation and object ids), export links a signed token. What stays: scheme, host, port,
/// and the leading path segments that are plain words (<c>v3</c>, <c>conversations</c>, a table name); from the first
/// other segment on, the path is <c>*</c>, a table's key list becomes <c>(*)</c>, and the query goes.
/// </summary>
internal static partial class UrlRedaction
{
    public static string Redact(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.IndexOfAny(['?', '#']);
        var withoutQuery = query < 0 ? url : url[..query];
        var origin = OriginLength(withoutQuery);
        return withoutQuery[..origin] + RedactPath(withoutQuery[origin..]);
    }

    /// <summary>A path alone (<c>url.path</c>, <c>http.target</c>), query included or not.</summary>
    public static string RedactPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var query = path.IndexOfAny(['?', '#']);
        var segments = (query < 0 ? path : path[..query]).Split('/');
        var kept = new StringBuilder(segments[0]);
        foreach (var segment in segments.Skip(1))
        {
            kept.Append('/');
            if (Word().IsMatch(segment))
            {
                kept.Append(segment);
                continue;
            }
            var keys = TableKeys().Match(segment);
            kept.Append(keys.Success ? keys.Groups["table"].Value + "(*)" : "*");
            break;
        }
        return kept.ToString();
    }

    private static int OriginLength(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return 0;
        }
        var path = url.IndexOf('/', scheme + 3);
        return path < 0 ? url.Length : path;
    }

    // Letters first, then letters, digits, '_' and '.', never four digits in a row: ids of people and conversations have
    // ':', '-', '%' or '@', start with a digit, or run digits together. Empty (a trailing slash) is a word too.
    [GeneratedRegex(@"^(?!.*[0-9]{4})([$A-Za-z_][A-Za-z0-9_.]*)?$")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?<table>[A-Za-z][A-Za-z0-9]*)\(.*\)$")]
    private static partial Regex TableKeys();
}
