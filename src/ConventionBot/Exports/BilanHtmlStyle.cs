namespace ConventionBot.Exports;

/// <summary>The consolidated bilan's style sheet: readable on screen, clean on A4 paper.</summary>
internal static class BilanHtmlStyle
{
    public const string Css = """

        body { font-family: "Segoe UI", Arial, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        header { border-bottom: 3px solid #005a9c; margin-bottom: 1.5rem; }
        .parties { text-transform: uppercase; letter-spacing: .05em; font-size: .85rem; color: #555; }
        h1 { margin: .2rem 0; color: #005a9c; }
        h2 { color: #005a9c; border-bottom: 1px solid #ccc; margin-top: 2rem; }
        h2, h3, h4 { break-after: avoid; }
        .subtitle { font-size: 1.05rem; }
        .meta, .empty, footer { color: #555; }
        .empty { font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8f0f8; }
        .figures td, .figures .total { text-align: right; }
        .total { font-weight: bold; }
        .status-validated { color: #1e7b34; font-weight: bold; }
        .status-changesrequested, .status-notstarted { color: #a4262c; }
        article { border-left: 4px solid #e8f0f8; padding-left: 1rem; margin-bottom: 1.5rem; }
        .review { background: #fff4ce; padding: .5rem; }
        footer { border-top: 1px solid #ccc; margin-top: 2rem; padding-top: .5rem; font-size: .85rem; }
        @page { size: A4; margin: 16mm; }
        @media print { body { margin: 0; max-width: none; } a { color: inherit; } }

        """;
}
