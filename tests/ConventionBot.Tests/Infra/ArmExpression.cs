using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// Recognises the few ARM expression shapes Bicep emits for our templates (<c>"[parameters('x')]"</c>,
/// a module output, a variable). Not an evaluator: an unknown shape is simply not recognised.
/// </summary>
internal static partial class ArmExpression
{
    /// <summary>A string value is an expression when bracketed; <c>"[["</c> escapes a literal bracket.</summary>
    public static bool IsExpression(string value) =>
        value.StartsWith('[') && !value.StartsWith("[[", StringComparison.Ordinal) && value.EndsWith(']');

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The parameter an expression reads whole, as in <c>[parameters('x')]</c> or the key form <c>[format('{0}', parameters('x'))]</c>.</summary>
    public static string? Parameter(string? value) =>
        value is not null && ParameterPattern().Match(value) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>The module and output an expression reads, in either reference form Bicep emits.</summary>
    public static (string Module, string Output)? ModuleOutput(string? value) =>
        value is not null && ModuleOutputPattern().Match(value) is { Success: true } match
            ? (match.Groups["module"].Value, match.Groups["output"].Value)
            : null;

    /// <summary>The expression with each string variable written in as a quoted literal.</summary>
    public static string InlineVariables(string value, ArmTemplate template) =>
        VariablePattern().Replace(value, match =>
            AsString(template.Variable(match.Groups["name"].Value)) is { } text ? $"'{text}'" : match.Value);

    [GeneratedRegex(@"^\[(?:parameters\('(?<name>[^']+)'\)|format\('\{0\}', parameters\('(?<name>[^']+)'\)\))\]$")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"^\[reference\((?:'(?<module>[^']+)'|resourceId\('Microsoft\.Resources/deployments', '(?<module>[^']+)'\), '[^']+')\)\.outputs\.(?<output>\w+)\.value\]$")]
    private static partial Regex ModuleOutputPattern();

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariablePattern();
}
