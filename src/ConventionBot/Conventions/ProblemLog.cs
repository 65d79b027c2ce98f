using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ConventionBot.Conventions;

/// <summary>
/// Collects the problems of one file so that all of them are reported at once. Once the file is parsed
/// (<see cref="Locate"/>), a problem reported by path alone gets the line of the deepest field of that path.
/// </summary>
internal sealed partial class ProblemLog(string file)
{
    private readonly List<ConventionDefinitionProblem> _problems = [];
    private YamlNode? _root;

    public IReadOnlyList<ConventionDefinitionProblem> Problems => _problems;

    public bool IsEmpty => _problems.Count == 0;

    /// <summary>The parsed file, where paths such as <c>items[4].group</c> are looked up for their line.</summary>
    public void Locate(YamlNode root) => _root = root;

    /// <param name="line">1-based, as YamlDotNet counts; found from <paramref name="path"/> when not given.</param>
    public void Add(string path, string message, long? line = null) =>
        _problems.Add(new ConventionDefinitionProblem(file, path, (int?)(line ?? LineOf(path)), message));

    private long? LineOf(string path)
    {
        var node = _root;
        long? line = null;
        foreach (Match step in PathStep().Matches(path))
        {
            node = node switch
            {
                YamlMappingNode mapping when mapping.Children.TryGetValue(new YamlScalarNode(step.Groups["key"].Value), out var child) => child,
                _ => null,
            };
            if (node is not null && step.Groups["index"].Success)
            {
                var index = int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                node = node is YamlSequenceNode sequence && index < sequence.Children.Count ? sequence.Children[index] : null;
            }
            if (node is null)
            {
                break;
            }
            line = node.Start.Line;
        }
        return line;
    }

    [GeneratedRegex(@"(?<key>[^.\[\]]+)(?:\[(?<index>\d+)\])?")]
    private static partial Regex PathStep();
}
