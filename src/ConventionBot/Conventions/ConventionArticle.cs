namespace ConventionBot.Conventions;

/// <summary>How headings cite the article of the text that sets a rule: " (art. 4)", nothing when the definition gives none.</summary>
public static class ConventionArticle
{
    public static string Cite(string? article) => article is null ? "" : $" (art. {article})";
}
