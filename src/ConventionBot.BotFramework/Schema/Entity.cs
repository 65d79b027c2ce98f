using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.Schema;

/// <summary>
/// An activity entity. Its fields beyond <see cref="Type"/> stay raw in <see cref="Properties"/>;
/// use <see cref="GetAs{T}"/> and <see cref="From{T}"/> to convert from and to typed entities such as <see cref="Mention"/>.
/// </summary>
/// <remarks>Typed entities do not derive from this class: a derived instance in an <c>IList&lt;Entity&gt;</c> would be serialized as its base type and lose its fields.</remarks>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    public T? GetAs<T>() => JsonSerializer.SerializeToElement(this, BotJson.Options).Deserialize<T>(BotJson.Options);

    public static Entity From<T>(T value) =>
        JsonSerializer.SerializeToElement(value, BotJson.Options).Deserialize<Entity>(BotJson.Options)
        ?? throw new ArgumentException("The value serialized to JSON null.", nameof(value));
}
