namespace ConventionBot.TableStorage;

/// <summary>The operation a <see cref="TableTransactionAction"/> performs.</summary>
public enum TableTransactionActionType
{
    /// <summary>Inserts the entity; fails with 409 if it exists.</summary>
    Add = 0,

    /// <summary>Merges into an existing entity (If-Match: the action's ETag, or * by default).</summary>
    UpdateMerge = 1,

    /// <summary>Replaces an existing entity (If-Match: the action's ETag, or * by default).</summary>
    UpdateReplace = 2,

    /// <summary>Deletes the entity (If-Match: the action's ETag, or * by default).</summary>
    Delete = 3,

    /// <summary>Inserts or merges.</summary>
    UpsertMerge = 4,

    /// <summary>Inserts or replaces.</summary>
    UpsertReplace = 5,
}
