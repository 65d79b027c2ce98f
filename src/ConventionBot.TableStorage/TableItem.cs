namespace ConventionBot.TableStorage;

/// <summary>A table of the account (mirrors <c>Azure.Data.Tables.Models.TableItem</c>).</summary>
/// <param name="name">The table name.</param>
public sealed class TableItem(string name)
{
    /// <summary>The table name.</summary>
    public string Name { get; } = name;
}
