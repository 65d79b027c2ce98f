using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ConventionBot.Privacy.Contract;
using ConventionBot.Storage;

namespace ConventionBot.Privacy;

/// <summary>
/// Finds a person in stored values, whatever the feature that wrote them: a value that is one of their identifiers or
/// names, a line of a multi-line value (a meeting's participants) that is one of their names, or such a string inside
/// a JSON value (a bilan's contributors, a delay request). Identities are known by the pairs features store them in
/// (an id and the display name beside it), so a name alone is only ever recognised as one the person had.
/// </summary>
internal static class PersonalValues
{
    /// <summary>The properties features store an identity in: an id and the display name kept with it, in rows or JSON objects.</summary>
    private static readonly (string Id, string Name, bool IsEntraId)[] IdentityPairs =
    [
        ("UserAadObjectId", "UserName", true), ("ByAadObjectId", "By", true), ("ActorId", "ActorName", true),
        ("OrganizerAadObjectId", "OrganizerName", true), ("AadObjectId", "Name", true), ("UserId", "Name", false), ("UserId", "UserName", false),
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The person with <paramref name="aadObjectId"/>: the Teams ids and personal chats of their conversation rows, and
    /// every name stored beside one of their ids.
    /// </summary>
    public static Person Resolve(string aadObjectId, IEnumerable<TableEntity> rows)
    {
        var all = rows.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal) { aadObjectId };
        var names = new HashSet<string>(StringComparer.Ordinal);
        var chats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in all.Where(r => Text(r, "UserAadObjectId") == aadObjectId))
        {
            // Conversation rows keep the user only for personal chats, where the user is the conversation.
            ids.UnionWith(new[] { Text(row, "UserId") }.OfType<string>());
            if (Text(row, "ConversationType") == "personal" && Text(row, "ConversationId") is { } chat)
            {
                ids.Add(chat);
                chats.Add(chat);
            }
        }
        foreach (var values in all.SelectMany(Objects))
        {
            foreach (var (id, name, _) in IdentityPairs)
            {
                if (values.TryGetValue(id, out var idValue) && ids.Contains(idValue) && values.TryGetValue(name, out var nameValue) && nameValue.Length > 0)
                {
                    names.Add(nameValue);
                }
            }
        }
        return new Person(aadObjectId, ids, names, chats);
    }

    /// <summary>Everyone the rows name with a Microsoft Entra object id, with the display names stored beside it.</summary>
    public static IReadOnlyDictionary<string, SortedSet<string>> People(IEnumerable<TableEntity> rows)
    {
        var people = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var values in rows.SelectMany(Objects))
        {
            foreach (var (id, name, _) in IdentityPairs.Where(p => p.IsEntraId))
            {
                if (values.TryGetValue(id, out var idValue) && idValue.Length > 0)
                {
                    var names = people.TryGetValue(idValue, out var known) ? known : people[idValue] = new SortedSet<string>(StringComparer.Ordinal);
                    if (values.TryGetValue(name, out var nameValue) && nameValue.Length > 0)
                    {
                        names.Add(nameValue);
                    }
                }
            }
        }
        return people;
    }

    /// <summary>The value with the person's identifiers and names replaced by <paramref name="replace"/>'s, or null when it does not mention them.</summary>
    public static string? Replace(string value, Func<string, string?> replace)
    {
        if (replace(value) is { } whole)
        {
            return whole;
        }
        if (value.Length > 1 && value[0] is '[' or '{' && TryParse(value) is { } node)
        {
            return ReplaceIn(node, replace) ? node.ToJsonString(Json) : null;
        }
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            var lines = value.Split('\n');
            var changed = false;
            for (var i = 0; i < lines.Length; i++)
            {
                if (replace(lines[i].TrimEnd('\r').Trim()) is { } line)
                {
                    lines[i] = line;
                    changed = true;
                }
            }
            return changed ? string.Join('\n', lines) : null;
        }
        return null;
    }

    /// <summary>What replaces the person's identifiers and names in <paramref name="person"/>'s rows (null: not theirs).</summary>
    public static Func<string, string?> Replacer(Person person, string id, string name) =>
        value => person.Ids.Contains(value) ? id : person.Names.Contains(value) ? name : null;

    /// <summary>The properties of <paramref name="row"/> that mention the person, with their new values; "RowKey" when the key is one of their ids.</summary>
    public static Dictionary<string, string> Mentions(TableEntity row, Person person, Func<string, string?> replace)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (property, value) in row)
        {
            if (property is not ("PartitionKey" or "RowKey" or "odata.etag") && value is string text && Replace(text, replace) is { } replaced)
            {
                found[property] = replaced;
            }
        }
        if (person.Ids.FirstOrDefault(id => TableKey.Escape(id) == row.RowKey) is { } keyId)
        {
            found["RowKey"] = TableKey.Escape(replace(keyId)!);
        }
        return found;
    }

    private static string? Text(TableEntity row, string property) => row.TryGetValue(property, out var value) ? value as string : null;

    /// <summary>The row's string properties, then those of every JSON object inside them.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> Objects(TableEntity row)
    {
        yield return row.Where(p => p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value, StringComparer.Ordinal);
        foreach (var text in row.Select(p => p.Value).OfType<string>().Where(t => t.Length > 1 && t[0] is '[' or '{'))
        {
            if (TryParse(text) is not { } node)
            {
                continue;
            }
            foreach (var obj in Descendants(node).OfType<JsonObject>())
            {
                yield return obj.Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static bool ReplaceIn(JsonNode node, Func<string, string?> replace)
    {
        var changed = false;
        foreach (var value in Descendants(node).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).ToList())
        {
            if (replace(value.GetValue<string>()) is { } replaced)
            {
                value.ReplaceWith(replaced);
                changed = true;
            }
        }
        return changed;
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null; // Text that merely starts with a bracket.
        }
    }
}
