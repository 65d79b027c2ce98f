namespace ConventionBot.Tests.Infra;

/// <summary>One app setting of the web app as written in Bicep.</summary>
/// <param name="Name">The setting name, e.g. <c>Storage__TableEndpoint</c>.</param>
/// <param name="Value">The Bicep value: a quoted literal (<c>'Production'</c>) or an expression (<c>tenantId</c>).</param>
internal sealed record BicepAppSetting(string Name, string Value)
{
    /// <summary>The configuration key the app sees: App Service turns <c>__</c> into <c>:</c>.</summary>
    public string Key => Name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>The literal text when the value is a plain quoted string, otherwise null.</summary>
    public string? Literal =>
        Value.Length >= 2 && Value[0] == '\'' && Value[^1] == '\'' && !Value.Contains("${", StringComparison.Ordinal)
            ? Value[1..^1]
            : null;
}
