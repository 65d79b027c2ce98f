namespace ConventionBot.Privacy.Contract;

/// <summary>
/// A person as the stored data knows them: their Microsoft Entra object id, the other identifiers found with it (Teams
/// user ids, the ids of their personal chats with the bot) and the display names they had.
/// </summary>
public sealed record Person(
    string AadObjectId,
    IReadOnlySet<string> Ids,
    IReadOnlySet<string> Names,
    IReadOnlySet<string> PersonalConversations);

/// <summary>
/// A stored row that mentions a person: its table (without the app's prefix), its keys, all its properties, and which
/// of them mention the person (<c>RowKey</c> when the key itself is one of their identifiers).
/// </summary>
public sealed record StoredRow(
    string Table,
    string PartitionKey,
    string RowKey,
    IReadOnlyList<KeyValuePair<string, object?>> Properties,
    IReadOnlyList<string> Mentions);

/// <summary>Everything stored about a person (RGPD art. 15).</summary>
public sealed record PersonalData(Person Person, IReadOnlyList<StoredRow> Rows);

/// <summary>Reads everything stored about a person, in every table of the app.</summary>
public interface IPersonalDataReader
{
    Task<PersonalData> ReadAsync(string aadObjectId, CancellationToken cancellationToken);
}
