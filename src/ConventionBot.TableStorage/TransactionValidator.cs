namespace ConventionBot.TableStorage;

/// <summary>Checks the entity group transaction rules before anything is sent.</summary>
internal static class TransactionValidator
{
    public const int MaxActions = 100;

    public static IReadOnlyList<TableTransactionAction> Validate(IEnumerable<TableTransactionAction> transactionActions)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var actions = transactionActions.ToList();
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(transactionActions));
        }

        if (actions.Count > MaxActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxActions} actions; got {actions.Count}.", nameof(transactionActions));
        }

        var nullIndex = actions.FindIndex(a => a is null);
        if (nullIndex >= 0)
        {
            throw new ArgumentException($"Action {nullIndex} is null.", nameof(transactionActions));
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var otherPartition = actions.FindIndex(a => !string.Equals(a.Entity.PartitionKey, partitionKey, StringComparison.Ordinal));
        if (otherPartition >= 0)
        {
            throw new ArgumentException(
                $"Action {otherPartition} has another PartitionKey than action 0: a transaction covers a single partition.",
                nameof(transactionActions));
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        var repeated = actions.FindIndex(a => !rowKeys.Add(a.Entity.RowKey ?? string.Empty));
        if (repeated >= 0)
        {
            throw new ArgumentException(
                $"Action {repeated} targets an entity (RowKey) already used by an earlier action: each entity may appear once per transaction.",
                nameof(transactionActions));
        }

        return actions;
    }
}
