using Azure;

namespace ConventionBot.TableStorage;

/// <summary>One operation of an entity group transaction (see <see cref="TableClient.SubmitTransactionAsync"/>).</summary>
/// <param name="actionType">What to do with the entity.</param>
/// <param name="entity">The entity; its keys identify the row.</param>
/// <param name="etag">The If-Match value for updates and deletes; default means unconditional (*).</param>
public sealed class TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity, ETag etag = default)
{
    /// <summary>What to do with the entity.</summary>
    public TableTransactionActionType ActionType { get; } = actionType;

    /// <summary>The entity the action applies to.</summary>
    public ITableEntity Entity { get; } = entity ?? throw new ArgumentNullException(nameof(entity));

    /// <summary>The If-Match value for updates and deletes.</summary>
    public ETag ETag { get; } = etag;
}
