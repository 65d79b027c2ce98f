using System.Text.RegularExpressions;
using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>
/// Reads the responses out of a multipart transaction response. Rather than walking the nesting, it takes every
/// <c>HTTP/1.1</c> status line and reads up to the next boundary: that also copes with Azurite's malformed parts.
/// </summary>
internal static partial class TableBatchReader
{
    public static IReadOnlyList<Response> Read(Response response)
    {
        var text = response.Content.ToString();
        response.Headers.TryGetValue(HttpHeader.Names.ContentType, out var contentType);
        var boundaries = BoundaryPattern().Matches(contentType + "\n" + text).Select(m => "--" + m.Groups[1].Value).ToHashSet();
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var parts = new List<Response>();
        for (var i = 0; i < lines.Length; i++)
        {
            var status = StatusLinePattern().Match(lines[i]);
            if (status.Success)
            {
                parts.Add(ReadPart(lines, ref i, status, boundaries, response.ClientRequestId));
            }
        }

        return parts;
    }

    /// <summary>The service prefixes a transaction error message with the failing action's index: "1:The specified…".</summary>
    public static int? FailedActionIndex(Response part) =>
        TableErrorParser.ReadMessage(part) is { } message && IndexPattern().Match(message) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static BatchPartResponse ReadPart(string[] lines, ref int i, Match status, HashSet<string> boundaries, string clientRequestId)
    {
        var headers = new List<HttpHeader>();
        for (i++; i < lines.Length && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new HttpHeader(lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
            }
        }

        var body = new List<string>();
        for (i++; i < lines.Length && !IsBoundary(lines[i], boundaries); i++)
        {
            body.Add(lines[i]);
        }

        i--;
        var content = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", body).Trim());
        var code = int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new BatchPartResponse(code, status.Groups[2].Value, headers, content, clientRequestId);
    }

    private static bool IsBoundary(string line, HashSet<string> boundaries) =>
        boundaries.Any(b => line.StartsWith(b, StringComparison.Ordinal));

    [GeneratedRegex(@"boundary=""?([^\s;""]+)")]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"^HTTP/1\.\d (\d{3}) ?(.*)$")]
    private static partial Regex StatusLinePattern();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPattern();
}
