namespace ConventionBot.Tests.Infra;

/// <summary>One app setting of the web app in the compiled template.</summary>
/// <param name="Name">The setting name, e.g. <c>Storage__TableEndpoint</c>.</param>
/// <param name="Template">The value as compiled: a literal (<c>Production</c>) or an ARM expression (<c>[parameters('tenantId')]</c>).</param>
/// <param name="Value">A plausible deployed value (see <see cref="DeploymentValues"/>).</param>
internal sealed record ArmAppSetting(string Name, string Template, string Value)
{
    /// <summary>The configuration key the app sees: App Service turns <c>__</c> into <c>:</c>.</summary>
    public string Key => Name.Replace("__", ":", StringComparison.Ordinal);
}
