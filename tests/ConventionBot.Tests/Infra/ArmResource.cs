using System.Text.Json.Nodes;

namespace ConventionBot.Tests.Infra;

/// <summary>One resource of a compiled template.</summary>
/// <param name="Symbol">Its symbolic name when the template uses language version 2.0 (resources keyed by name), otherwise null.</param>
/// <param name="Json">The resource as Azure receives it.</param>
internal sealed record ArmResource(string? Symbol, JsonObject Json)
{
    public string Type => Json["type"]!.GetValue<string>();

    public string Name => Json["name"]!.GetValue<string>();

    public JsonObject Properties => Json["properties"]?.AsObject() ?? [];
}
