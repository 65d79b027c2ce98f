using System.Text.Json.Nodes;

namespace ConventionBot.Tests.Infra;

/// <summary>A Bicep module as compiled: a nested deployment carrying its own template and the values passed to it.</summary>
internal sealed record ArmModule(ArmResource Deployment, ArmTemplate Template)
{
    /// <summary>
    /// What the parent passes to <paramref name="parameter"/>: usually <c>{ "value": … }</c>, unwrapped here;
    /// a conditional value is compiled to one expression (<c>[if(…, createObject('value', …), …)]</c>), returned as is.
    /// </summary>
    public JsonNode? Input(string parameter)
    {
        var passed = Deployment.Properties["parameters"]?[parameter];
        return passed is JsonObject wrapper && wrapper.TryGetPropertyValue("value", out var value) ? value : passed;
    }

    /// <summary>The module output that <paramref name="parameter"/> receives from another module, or null.</summary>
    public (string Module, string Output)? InputFromModule(string parameter) =>
        ArmExpression.ModuleOutput(ArmExpression.AsString(Input(parameter)));
}
