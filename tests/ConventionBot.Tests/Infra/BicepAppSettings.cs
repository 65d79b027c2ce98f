using System.Text.RegularExpressions;
using ConventionBot.Tests.Manifest;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// Reads the app settings out of infra/modules/webapp.bicep. Not a Bicep parser: it relies on the
/// formatting that file keeps (and says so): each setting is an object with a <c>name: '…'</c> line
/// directly followed by a <c>value: …</c> line. A name built in a loop (<c>'Access__Admins__${i}'</c>)
/// stands for its first item, index 0.
/// </summary>
internal static partial class BicepAppSettings
{
    public static string FilePath => RepositoryRoot.Combine("infra", "modules", "webapp.bicep");

    public static IReadOnlyList<BicepAppSetting> Read() => Parse(File.ReadAllText(FilePath));

    public static IReadOnlyList<BicepAppSetting> Parse(string bicep) =>
        SettingPattern().Matches(bicep)
            .Select(m => new BicepAppSetting(InterpolationPattern().Replace(m.Groups["name"].Value, "0"), m.Groups["value"].Value.Trim()))
            .ToList();

    [GeneratedRegex(@"^\s*name:\s*'(?<name>[^']+)'\s*\r?\n\s*value:\s*(?<value>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex SettingPattern();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex InterpolationPattern();
}
