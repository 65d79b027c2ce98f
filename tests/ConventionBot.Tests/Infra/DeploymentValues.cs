using System.Text.Json.Nodes;
using ConventionBot.Tests.Manifest;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// Plausible values a deployment gives the web app's settings: literals as compiled; a module input passed
/// from one of main's parameters takes its value in infra/main.parameters.json (else the default), as
/// <c>az deployment group create</c> does; what only Azure knows at deployment time gets a value of the same form.
/// </summary>
internal static class DeploymentValues
{
    // Module inputs filled from other resources' properties at deployment time, by web app parameter.
    private static readonly Dictionary<string, string> KnownAtDeployment = new(StringComparer.Ordinal)
    {
        ["storageTableEndpoint"] = "https://example.table.core.windows.net/",
        ["storageBlobEndpoint"] = "https://example.blob.core.windows.net/",
        ["insightsConnectionString"] = "InstrumentationKey=6d1f0c2a-0b7e-4f4c-9d55-1e0f2a3b4c5d;IngestionEndpoint=https://example.in.applicationinsights.azure.com/",
    };

    // Every other deployment-time value the web app receives is an id: tenant, client or object id.
    private const string IdPlaceholder = "3f2b8c1e-5a4d-4e6f-8b7a-9c0d1e2f3a4b";

    private static readonly Lazy<JsonObject> ParametersFile = new(() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject());

    public static string Resolve(string value, ArmModule module)
    {
        if (!ArmExpression.IsExpression(value))
        {
            return value;
        }

        if (ArmExpression.Parameter(value) is not { } parameter)
        {
            return IdPlaceholder; // e.g. an admin's object id read by the loop
        }

        var passed = ArmExpression.AsString(module.Input(parameter));
        return passed switch
        {
            not null when !ArmExpression.IsExpression(passed) => passed,
            _ when ArmExpression.Parameter(passed) is { } mainParameter => MainParameter(mainParameter),
            _ => KnownAtDeployment.GetValueOrDefault(parameter, IdPlaceholder),
        };
    }

    /// <summary>A parameter of main.bicep as a deployment with main.parameters.json sets it.</summary>
    public static string MainParameter(string name)
    {
        var value = ParametersFile.Value[name]?["value"] ?? CompiledInfra.Template.Parameter(name)["defaultValue"];
        return ArmExpression.AsString(value) ?? value?.ToJsonString()
            ?? throw new InvalidOperationException($"main.bicep's {name} has no value in main.parameters.json and no default.");
    }
}
