namespace ConventionBot.Exports;

/// <summary>A signed link to an exported document, and when it stops working.</summary>
public sealed record ExportLink(Uri Url, DateTimeOffset ExpiresAt);
