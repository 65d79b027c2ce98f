using System.Text.RegularExpressions;
using ConventionBot.Tests.Manifest;

namespace ConventionBot.Tests.Architecture;

/// <summary>
/// The folders of src/ConventionBot and what they may import: a feature imports another feature only through the
/// <c>Contract/</c> that feature owns, shared folders import no feature at all, a file's namespace is its folder's
/// (feature subfolders by responsibility share the feature's namespace; <c>Contract/</c> has its own), and the
/// top-level folders import each other without a cycle. Program.cs, the composition root, is exempt.
/// </summary>
public sealed class ImportRulesTests
{
    [Fact]
    public void Features_ImportOtherFeatures_OnlyThroughTheirContract() =>
        AssertNone(ImportRules.FeatureViolations(ImportRules.Read()), "Features importing another feature outside its Contract");

    [Fact]
    public void SharedFolders_ImportNoFeature() =>
        AssertNone(ImportRules.SharedViolations(ImportRules.Read()), "Shared folders importing a feature");

    [Fact]
    public void Namespaces_MatchTheirFolder() =>
        AssertNone(ImportRules.NamespaceViolations(ImportRules.Read()), "Files whose namespace is not their folder's");

    [Fact]
    public void TopLevelFolders_ImportEachOtherWithoutACycle() =>
        AssertNone(ImportRules.Cycles(ImportRules.Read()), "Cycles between top-level folders");

    [Fact]
    public void EveryTopLevelFolder_IsAFeatureOrShared()
    {
        var unknown = ImportRules.Read().Select(f => ImportRules.TopFolder(f.Path)).OfType<string>().Distinct()
            .Where(top => !ImportRules.Features.Contains(top) && !ImportRules.Shared.Contains(top))
            .Select(top => $"{top}/ (add it to ImportRules.Features or ImportRules.Shared)");

        AssertNone([.. unknown], "Top-level folders the rules do not know");
    }

    [Fact]
    public void Read_FindsTheSources()
    {
        var files = ImportRules.Read();

        Assert.Contains(files, f => f.Path == "Bilans/Contract/IBilanYears.cs");
        Assert.DoesNotContain(files, f => f.Path.StartsWith("obj/", StringComparison.Ordinal) || f.Path.StartsWith("bin/", StringComparison.Ordinal));
    }

    /// <summary>Each rule catches what it is about (and lets the allowed forms through), on made-up files.</summary>
    [Theory]
    [InlineData("feature", "Funding/A.cs", "using ConventionBot.Bilans;\nnamespace ConventionBot.Funding;", "Funding/A.cs: ConventionBot.Bilans")]
    [InlineData("feature", "Funding/A.cs", "using static ConventionBot.Bilans.BilanTexts;\nnamespace ConventionBot.Funding;", "Funding/A.cs: ConventionBot.Bilans.BilanTexts")]
    [InlineData("feature", "Funding/A.cs", "using Store = ConventionBot.Bilans.BilanStore;\nnamespace ConventionBot.Funding;", "Funding/A.cs: ConventionBot.Bilans.BilanStore")]
    [InlineData("feature", "Funding/A.cs", "namespace ConventionBot.Funding;\nclass A(ConventionBot.Meetings.MeetingStore s);", "Funding/A.cs: ConventionBot.Meetings.MeetingStore")]
    [InlineData("feature", "Exports/A.cs", "namespace ConventionBot.Exports;\nclass A(global::ConventionBot.Bilans.BilanStore s);", "Exports/A.cs: ConventionBot.Bilans.BilanStore")]
    [InlineData("feature", "Funding/A.cs", "using ConventionBot.Bilans.Contract;\nusing static ConventionBot.Bilans.Contract.BilanLabels;\nnamespace ConventionBot.Funding;", "")]
    [InlineData("feature", "Funding/A.cs", "namespace ConventionBot.Funding;\n// ConventionBot.Bilans.BilanStore\nclass A { string s = \"ConventionBot.Bilans.X\"; }", "")]
    [InlineData("feature", "Bilans/A.cs", "using ConventionBot.Bilans.Contract;\nusing ConventionBot.Conventions;\nnamespace ConventionBot.Bilans;", "")]
    [InlineData("shared", "Scheduling/A.cs", "using ConventionBot.Subscriptions.Contract;\nnamespace ConventionBot.Scheduling;", "Scheduling/A.cs: ConventionBot.Subscriptions.Contract")]
    [InlineData("shared", "Conversation/A.cs", "namespace ConventionBot.Conversation;\nclass A(ConventionBot.Meetings.Contract.IYearMeetingsSource s);", "Conversation/A.cs: ConventionBot.Meetings.Contract.IYearMeetingsSource")]
    [InlineData("shared", "Scheduling/A.cs", "using ConventionBot.Storage;\nusing ConventionBot.BotFramework.Schema;\nnamespace ConventionBot.Scheduling;", "")]
    [InlineData("namespace", "Bilans/Contract/A.cs", "namespace ConventionBot.Bilans;", "Bilans/Contract/A.cs: namespace ConventionBot.Bilans, expected ConventionBot.Bilans.Contract")]
    [InlineData("namespace", "Meetings/Store/A.cs", "namespace ConventionBot.Bilans;", "Meetings/Store/A.cs: namespace ConventionBot.Bilans, expected ConventionBot.Meetings")]
    [InlineData("namespace", "Cards/A.cs", "class A;", "Cards/A.cs: namespace (none), expected ConventionBot.Cards")]
    [InlineData("namespace", "Meetings/Store/A.cs", "namespace ConventionBot.Meetings\n{\n}", "")]
    [InlineData("cycle", "Cards/A.cs", "using ConventionBot.Calendar;\nnamespace ConventionBot.Cards;", "")]
    public void Rules_OnMadeUpFiles_FindExactlyTheViolations(string rule, string path, string text, string expected)
    {
        SourceFile[] files = [new(path, text)];

        var found = rule switch
        {
            "feature" => ImportRules.FeatureViolations(files),
            "shared" => ImportRules.SharedViolations(files),
            "namespace" => ImportRules.NamespaceViolations(files),
            _ => ImportRules.Cycles(files),
        };

        string[] wanted = expected.Length == 0 ? [] : [expected];
        Assert.Equal(wanted, found);
    }

    [Fact]
    public void Cycles_BetweenThreeFolders_AreFound()
    {
        SourceFile[] files =
        [
            new("Bilans/A.cs", "using ConventionBot.Funding.Contract;\nnamespace ConventionBot.Bilans;"),
            new("Funding/A.cs", "using ConventionBot.Exports.Contract;\nnamespace ConventionBot.Funding;"),
            new("Exports/A.cs", "using ConventionBot.Bilans.Contract;\nnamespace ConventionBot.Exports;"),
            new("Program.cs", "using ConventionBot.Funding;\nusing ConventionBot.Bilans;"),
        ];

        var cycle = Assert.Single(ImportRules.Cycles(files));
        Assert.Equal("Bilans -> Funding -> Exports -> Bilans", cycle);
    }

    [Fact]
    public void Cycles_ThroughTheCompositionRoot_AreNotCycles()
    {
        SourceFile[] files = [new("Program.cs", "using ConventionBot.Funding;"), new("Funding/A.cs", "namespace ConventionBot.Funding;")];

        Assert.Empty(ImportRules.Cycles(files));
    }

    private static void AssertNone(IReadOnlyList<string> violations, string what) =>
        Assert.True(violations.Count == 0, $"{what}:\n  {string.Join("\n  ", violations)}");
}

/// <summary>A source file: its path under src/ConventionBot ('/'-separated) and its text.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>The import rules of src/ConventionBot, over source texts (so they can be tried on made-up files).</summary>
internal static partial class ImportRules
{
    public static readonly HashSet<string> Features = new(StringComparer.Ordinal)
    {
        "Bilans", "ConventionInfo", "Exports", "Funding", "Meetings", "Privacy", "Subscriptions",
    };

    public static readonly HashSet<string> Shared = new(StringComparer.Ordinal)
    {
        "Access", "Calendar", "Cards", "Conventions", "Conversation", "Diagnostics", "Journal", "Scheduling", "Storage",
    };

    private const string Root = "ConventionBot";
    private const string ContractFolder = "Contract";
    private const string CompositionRoot = "Program.cs";

    private static readonly Lazy<IReadOnlyList<SourceFile>> _sources = new(ReadSources);

    /// <summary>Every .cs file of src/ConventionBot (bin/ and obj/ left out).</summary>
    public static IReadOnlyList<SourceFile> Read() => _sources.Value;

    /// <summary>The top-level folder of a path (null for a file at the root, such as Program.cs).</summary>
    public static string? TopFolder(string path) => path.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? path[..slash] : null;

    /// <summary>(a) A feature names another feature only as <c>ConventionBot.Other.Contract</c>, in usings and in code.</summary>
    public static IReadOnlyList<string> FeatureViolations(IEnumerable<SourceFile> files) =>
        [.. from file in files
            let top = TopFolder(file.Path)
            where top is not null && Features.Contains(top)
            from reference in References(file.Text)
            where reference.Folder != top && Features.Contains(reference.Folder) && !reference.IsContract
            select $"{file.Path}: {reference.Name}"];

    /// <summary>(b) A shared folder names no feature, not even its contract.</summary>
    public static IReadOnlyList<string> SharedViolations(IEnumerable<SourceFile> files) =>
        [.. from file in files
            let top = TopFolder(file.Path)
            where top is not null && Shared.Contains(top)
            from reference in References(file.Text)
            where Features.Contains(reference.Folder)
            select $"{file.Path}: {reference.Name}"];

    /// <summary>
    /// (c) A file's namespace is <c>ConventionBot.Folder</c>, or <c>ConventionBot.Folder.Contract</c> under a feature's
    /// Contract/; the other subfolders of a folder (Actions/, Cards/, Store/…) share its namespace.
    /// </summary>
    public static IReadOnlyList<string> NamespaceViolations(IEnumerable<SourceFile> files) =>
        [.. from file in files
            let top = TopFolder(file.Path)
            where top is not null
            let expected = ExpectedNamespace(file.Path, top)
            let actual = NamespaceDeclaration().Match(Strip(file.Text)) is { Success: true } m ? m.Groups["name"].Value : null
            where actual != expected
            select $"{file.Path}: namespace {actual ?? "(none)"}, expected {expected}"];

    /// <summary>(d) The cycles of the graph "folder A names folder B" (Program.cs left out), each as "A -> B -> A".</summary>
    public static IReadOnlyList<string> Cycles(IEnumerable<SourceFile> files)
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (TopFolder(file.Path) is not { } top)
            {
                continue;
            }
            var targets = graph.TryGetValue(top, out var existing) ? existing : graph[top] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var reference in References(file.Text).Where(r => r.Folder != top && (Features.Contains(r.Folder) || Shared.Contains(r.Folder))))
            {
                targets.Add(reference.Folder);
            }
        }
        var cycles = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys)
        {
            Visit(start);
        }
        return cycles;

        void Visit(string folder)
        {
            if (path.IndexOf(folder) is >= 0 and var at)
            {
                cycles.Add(string.Join(" -> ", path.Skip(at).Append(folder)));
                return;
            }
            if (!done.Add(folder))
            {
                return;
            }
            path.Add(folder);
            if (graph.TryGetValue(folder, out var targets))
            {
                foreach (var next in targets)
                {
                    Visit(next);
                }
            }
            path.RemoveAt(path.Count - 1);
        }
    }

    private static string ExpectedNamespace(string path, string top)
    {
        var folders = path.Split('/')[..^1];
        return folders.Length > 1 && folders[1] == ContractFolder ? $"{Root}.{top}.{ContractFolder}" : $"{Root}.{top}";
    }

    /// <summary>
    /// Every <c>ConventionBot.X…</c> the code names outside its namespace declaration, comments and strings: usings
    /// (static and aliases included) and fully qualified names (also after <c>global::</c>), where X is a folder here.
    /// </summary>
    private static IEnumerable<Reference> References(string text)
    {
        var code = NamespaceDeclaration().Replace(Strip(text), "");
        foreach (Match match in QualifiedName().Matches(code))
        {
            var parts = match.Groups["name"].Value.Split('.');
            if (parts.Length > 1 && (Features.Contains(parts[1]) || Shared.Contains(parts[1])))
            {
                yield return new Reference(match.Groups["name"].Value, parts[1], parts.Length > 2 && parts[2] == ContractFolder);
            }
        }
    }

    /// <summary>The text with comments and string and character literals blanked, so only code is searched.</summary>
    private static string Strip(string text) => CommentOrLiteral().Replace(text, m => m.Value.StartsWith("//", StringComparison.Ordinal) ? "" : " ");

    private static List<SourceFile> ReadSources()
    {
        var root = RepositoryRoot.Combine("src", Root);
        return [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(full => new SourceFile(Path.GetRelativePath(root, full).Replace('\\', '/'), File.ReadAllText(full)))
            .Where(f => !f.Path.StartsWith("bin/", StringComparison.Ordinal) && !f.Path.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private sealed record Reference(string Name, string Folder, bool IsContract);

    [GeneratedRegex("""//[^\n]*|/\*[\s\S]*?\*/|""" + "\"\"\"[\\s\\S]*?\"\"\"" + """|@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'""")]
    private static partial Regex CommentOrLiteral();

    [GeneratedRegex(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?<name>ConventionBot(?:\.\w+)+)")]
    private static partial Regex QualifiedName();
}
