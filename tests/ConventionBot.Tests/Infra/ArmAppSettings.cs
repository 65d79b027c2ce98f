using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// Reads the app settings of the web app out of the compiled template. webapp.bicep's list compiles to
/// <c>[concat(variables('appSettings'), variables('adminSettings'))]</c>: a literal list, then a loop over
/// adminObjectIds. A loop stands for its first item, index 0. Any other shape fails loudly, so a change
/// to webapp.bicep cannot make the cross-check read nothing.
/// </summary>
internal static partial class ArmAppSettings
{
    public static ArmModule WebApp => CompiledInfra.Template.Module("webapp");

    public static IReadOnlyList<ArmAppSetting> Read()
    {
        var webApp = WebApp;
        var listed = webApp.Template.Single("Microsoft.Web/sites").Properties["siteConfig"]?["appSettings"];
        return Items(listed, webApp.Template)
            .Select(item => (Name: ArmExpression.AsString(item["name"])!, Template: ArmExpression.AsString(item["value"])!))
            .Select(s => new ArmAppSetting(s.Name, s.Template, DeploymentValues.Resolve(s.Template, webApp)))
            .ToList();
    }

    private static IEnumerable<JsonObject> Items(JsonNode? listed, ArmTemplate template) =>
        listed switch
        {
            JsonArray list => list.OfType<JsonObject>(),
            _ when ConcatPattern().Match(ArmExpression.AsString(listed) ?? "") is { Success: true } concat =>
                concat.Groups["variable"].Captures.SelectMany(c => Variable(template, c.Value)),
            _ => throw Unexpected("siteConfig.appSettings", listed),
        };

    private static IEnumerable<JsonObject> Variable(ArmTemplate template, string name)
    {
        if (template.Variable(name) is JsonArray list)
        {
            return list.OfType<JsonObject>();
        }

        var input = template.LoopVariable(name)?["input"] ?? throw Unexpected($"variable {name}", template.Variable(name));
        var settingName = ArmExpression.AsString(input["name"]) ?? "";
        var first = LoopNamePattern().Match(settingName) is { Success: true } format
            ? format.Groups["format"].Value.Replace("{0}", "0", StringComparison.Ordinal)
            : settingName;
        return [new JsonObject { ["name"] = first, ["value"] = input["value"]?.DeepClone() }];
    }

    private static InvalidOperationException Unexpected(string what, JsonNode? node) =>
        new($"webapp.bicep's {what} compiled to a shape ArmAppSettings does not read: {node?.ToJsonString() ?? "nothing"}.");

    [GeneratedRegex(@"^\[concat\((?:variables\('(?<variable>[^']+)'\)(?:, )?)+\)\]$")]
    private static partial Regex ConcatPattern();

    [GeneratedRegex(@"^\[format\('(?<format>[^']*)', copyIndex\('[^']+'\)\)\]$")]
    private static partial Regex LoopNamePattern();
}
