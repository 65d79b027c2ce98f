using System.Text.Json.Nodes;

namespace ConventionBot.Tests.Infra;

/// <summary>A compiled ARM template (main's or a module's), read as JSON: the few lookups the infra checks need.</summary>
internal sealed class ArmTemplate(JsonObject json)
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    public static ArmTemplate Parse(string text) =>
        new(JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException("The compiled template is empty."));

    public JsonObject Json => json;

    /// <summary>Resources in either layout Bicep emits: a list, or (language version 2.0) an object keyed by symbolic name.</summary>
    public IReadOnlyList<ArmResource> Resources => json["resources"] switch
    {
        JsonArray list => list.Select(r => new ArmResource(null, r!.AsObject())).ToList(),
        JsonObject bySymbol => bySymbol.Select(p => new ArmResource(p.Key, p.Value!.AsObject())).ToList(),
        _ => [],
    };

    public ArmResource Single(string type)
    {
        var matches = Resources.Where(r => r.Type == type).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type}, found {matches.Count}.");
    }

    /// <summary>The module deployed under <paramref name="name"/> (its deployment name or its symbolic name).</summary>
    public ArmModule Module(string name)
    {
        var deployment = Resources.SingleOrDefault(r => r.Type == DeploymentType && (r.Name == name || r.Symbol == name))
            ?? throw new InvalidOperationException($"No module deployment named {name}.");
        return new ArmModule(deployment, new ArmTemplate(deployment.Properties["template"]!.AsObject()));
    }

    public JsonObject Parameter(string name) =>
        json["parameters"]?[name]?.AsObject() ?? throw new InvalidOperationException($"No parameter {name}.");

    public JsonNode? Variable(string name) => json["variables"]?[name];

    /// <summary>A variable built by a <c>for</c> loop: compiled to an entry of <c>variables.copy</c> with an <c>input</c> per item.</summary>
    public JsonObject? LoopVariable(string name) =>
        (json["variables"]?["copy"] as JsonArray)?.OfType<JsonObject>()
            .SingleOrDefault(c => ArmExpression.AsString(c["name"]) == name);

    public string? Output(string name) => ArmExpression.AsString(json["outputs"]?[name]?["value"]);
}
