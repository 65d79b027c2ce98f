using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Conventions;

/// <summary>Where the convention definition files live (section <c>Conventions</c>).</summary>
public sealed class ConventionsOptions
{
    public const string SectionName = "Conventions";

    /// <summary>Folder of definition files; relative paths start at the app's base directory.</summary>
    [Required]
    public string DefinitionsPath { get; set; } = Path.Combine("Conventions", "Definitions");

    /// <summary>The absolute folder to load from.</summary>
    public string ResolveDefinitionsPath() => Path.GetFullPath(DefinitionsPath, AppContext.BaseDirectory);
}
