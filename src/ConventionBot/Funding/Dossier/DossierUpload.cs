namespace ConventionBot.Funding;

/// <summary>A file as received and checked, buffered (in memory, then on disk past a threshold), ready to store.</summary>
public sealed record DossierUpload(string FileName, string ContentType, long Size, Stream Content);
