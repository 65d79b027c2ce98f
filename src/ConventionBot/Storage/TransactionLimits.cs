using System.Text;
using System.Text.RegularExpressions;

namespace ConventionBot.Storage;

/// <summary>
/// Checks an entity group transaction as Azure.Data.Tables sends it (a multipart <c>$batch</c> body):
/// at most 100 actions, one partition, each entity within <see cref="TableLimits"/>.
/// Azurite accepts two partitions and answers 101 actions with a response the client cannot parse.
/// </summary>
internal static partial class TransactionLimits
{
    public static void Check(string batchBody)
    {
        var boundary = ChangesetBoundary().Match(batchBody);
        if (!boundary.Success)
        {
            throw new TableLimitException("A transaction without a change set.");
        }
        var actions = batchBody.Split("--" + boundary.Groups["b"].Value, StringSplitOptions.None)
            .Skip(1)
            .Where(part => !part.StartsWith("--", StringComparison.Ordinal))
            .ToList();
        if (actions.Count > TableLimits.MaxTransactionActions)
        {
            throw new TableLimitException($"A transaction holds at most {TableLimits.MaxTransactionActions} actions; this one has {actions.Count}.");
        }
        string? partition = null;
        for (var i = 0; i < actions.Count; i++)
        {
            var key = PartitionOf(actions[i]);
            partition ??= key;
            if (!string.Equals(key, partition, StringComparison.Ordinal))
            {
                throw new TableLimitException($"Action {i} is in another partition than action 0: a transaction covers a single partition.");
            }
        }
    }

    private static string PartitionOf(string action)
    {
        var body = action.IndexOf("\r\n\r\n{", StringComparison.Ordinal);
        if (body >= 0)
        {
            return TableLimits.CheckEntity(Encoding.UTF8.GetBytes(action[(body + 4)..].TrimEnd()));
        }
        // A delete has no body: its keys are in the URL, quotes doubled and percent-encoded.
        var inUrl = PartitionInUrl().Match(action);
        return inUrl.Success
            ? Uri.UnescapeDataString(inUrl.Groups["pk"].Value).Replace("''", "'", StringComparison.Ordinal)
            : throw new TableLimitException("A transaction action names no partition.");
    }

    [GeneratedRegex(@"boundary=(?<b>changeset_[^\r\n;]+)")]
    private static partial Regex ChangesetBoundary();

    [GeneratedRegex(@"\(PartitionKey='(?<pk>[^']*)'")]
    private static partial Regex PartitionInUrl();
}
