namespace ConventionBot.TableStorage;

/// <summary>The Entra ID audience tokens are requested for (mirrors <c>Azure.Data.Tables.TableAudience</c>).</summary>
/// <param name="value">The audience URI, e.g. <c>https://storage.azure.com</c>.</param>
public readonly struct TableAudience(string value) : IEquatable<TableAudience>
{
    private readonly string _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Azure public cloud storage.</summary>
    public static TableAudience AzurePublicCloud { get; } = new("https://storage.azure.com");

    /// <summary>Azure China storage.</summary>
    public static TableAudience AzureChina { get; } = new("https://storage.azure.cn");

    /// <summary>Azure US Government storage.</summary>
    public static TableAudience AzureGovernment { get; } = new("https://storage.azure.us");

    /// <summary>Converts an audience URI.</summary>
    public static implicit operator TableAudience(string value) => new(value);

    /// <summary>Compares two audiences.</summary>
    public static bool operator ==(TableAudience left, TableAudience right) => left.Equals(right);

    /// <summary>Compares two audiences.</summary>
    public static bool operator !=(TableAudience left, TableAudience right) => !left.Equals(right);

    /// <summary>Creates an audience from its URI.</summary>
    public static TableAudience FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TableAudience other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TableAudience other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;

    internal string DefaultScope => $"{ToString().TrimEnd('/')}/.default";
}
