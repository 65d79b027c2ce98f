namespace ConventionBot.TableStorage;

/// <summary>How an update or upsert treats the properties already stored.</summary>
public enum TableUpdateMode
{
    /// <summary>Keeps stored properties the entity does not mention.</summary>
    Merge = 0,

    /// <summary>Replaces the stored entity: properties the entity does not mention are removed.</summary>
    Replace = 1,
}
