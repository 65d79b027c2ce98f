namespace ConventionBot.Funding;

/// <summary>
/// Which files the dossier takes: PDF, PNG, JPEG, office documents (OOXML and OpenDocument, which are ZIP; legacy
/// Word/Excel/PowerPoint, which are OLE). The extension says what the file claims to be; its first bytes must agree.
/// </summary>
internal static class DossierFileRules
{
    /// <summary>Longest file name kept (the table row and the Content-Disposition header quote it).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Bytes read to recognise a file.</summary>
    public const int SniffLength = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".odt"] = ("application/vnd.oasis.opendocument.text", Zip),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", Zip),
        [".odp"] = ("application/vnd.oasis.opendocument.presentation", Zip),
        [".doc"] = ("application/msword", Ole),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".ppt"] = ("application/vnd.ms-powerpoint", Ole),
    };

    /// <summary>The extensions accepted, for the page's file picker and its explanation.</summary>
    public static IEnumerable<string> Extensions => Types.Keys;

    /// <summary>
    /// True for a name that is only a name: not empty, no path (/ \ ..), no control character, not too long. Such a
    /// name is refused rather than cleaned, so what is stored is what the person sees in their folder.
    /// </summary>
    public static bool IsPlainName(string name) =>
        name.Trim().Length > 0
        && name.Length <= MaxNameLength
        && name.IndexOfAny(['/', '\\']) < 0
        && !name.Contains("..", StringComparison.Ordinal)
        && !name.Any(char.IsControl);

    /// <summary>The content type to store for a file named <paramref name="name"/> starting with <paramref name="head"/>; null when refused.</summary>
    public static string? ContentType(string name, ReadOnlySpan<byte> head) =>
        Types.TryGetValue(Path.GetExtension(name), out var type) && head.StartsWith(type.Magic) ? type.ContentType : null;
}
