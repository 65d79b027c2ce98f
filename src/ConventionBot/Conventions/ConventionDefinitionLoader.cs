using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ConventionBot.Conventions;

/// <summary>Loads and validates every convention definition file (*.yaml, *.yml, *.json) of a folder.</summary>
public static class ConventionDefinitionLoader
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Reads all definitions of <paramref name="folder"/>, sorted by file name.</summary>
    /// <exception cref="ConventionDefinitionException">
    /// The folder is missing or empty, or a file is invalid; lists every problem of every file.
    /// </exception>
    public static IReadOnlyList<ConventionDefinition> LoadFolder(string folder)
    {
        var folderProblems = new ProblemLog(folder);
        var files = ListFiles(folder, folderProblems);
        var problems = new List<ConventionDefinitionProblem>(folderProblems.Problems);
        var loaded = new List<(string File, ConventionDefinition Definition)>();
        foreach (var file in files)
        {
            var fileProblems = new ProblemLog(Path.GetFileName(file));
            var definition = LoadFile(file, fileProblems);
            CheckUniqueId(definition, loaded, fileProblems);
            problems.AddRange(fileProblems.Problems.OrderBy(p => p.Line ?? int.MaxValue));
            if (fileProblems.IsEmpty && definition is not null)
            {
                loaded.Add((Path.GetFileName(file), definition));
            }
        }

        return problems.Count > 0
            ? throw new ConventionDefinitionException(folder, problems)
            : [.. loaded.Select(l => l.Definition)];
    }

    private static string[] ListFiles(string folder, ProblemLog problems)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(string.Empty, "folder not found");
            return [];
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            problems.Add(string.Empty, $"no convention definition found (expected {string.Join(", ", Extensions.Select(e => "*" + e))})");
        }

        return files;
    }

    private static ConventionDefinition? LoadFile(string file, ProblemLog problems)
    {
        var root = ParseRoot(file, problems);
        if (root is null)
        {
            return null;
        }

        problems.Locate(root);
        var reader = new YamlMappingReader(root, string.Empty, problems);
        var definition = ConventionDefinitionReader.Read(reader);
        reader.ReportUnknownKeys();

        // Cross-checks on a half-read definition would only echo the problems above.
        if (problems.IsEmpty)
        {
            ConventionDefinitionValidator.Validate(definition, problems);
        }

        return definition;
    }

    private static YamlMappingNode? ParseRoot(string file, ProblemLog problems)
    {
        var stream = ParseStream(file, problems);
        if (stream is null)
        {
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            problems.Add(string.Empty, $"expected one YAML document, found {stream.Documents.Count}");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(string.Empty, "expected a set of fields at the top level", stream.Documents[0].RootNode.Start.Line);
            return null;
        }

        return root;
    }

    private static YamlStream? ParseStream(string file, ProblemLog problems)
    {
        using var text = File.OpenText(file);
        var parser = new Parser(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            return stream;
        }
        catch (YamlException ex)
        {
            // YamlDotNet prefixes its message with the marks; the line is reported on its own.
            var prefix = $"({ex.Start}) - ({ex.End}): ";
            var message = ex.Message.StartsWith(prefix, StringComparison.Ordinal) ? ex.Message[prefix.Length..] : ex.Message;
            problems.Add(string.Empty, $"invalid YAML: {message}", ex.Start.Line);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("title: [a" then
            // more lines); the last event it parsed is where the file stops making sense.
            problems.Add(string.Empty, "invalid YAML: cannot parse beyond this point", parser.Current?.Start.Line);
        }

        return null;
    }

    private static void CheckUniqueId(
        ConventionDefinition? definition, List<(string File, ConventionDefinition Definition)> loaded, ProblemLog problems)
    {
        var other = loaded.FirstOrDefault(l => l.Definition.Id == definition?.Id);
        if (definition is not null && other.File is not null)
        {
            problems.Add("id", $"id '{definition.Id}' is already used by {other.File}");
        }
    }
}
