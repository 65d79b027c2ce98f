using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Exports;

/// <summary><c>export bilan 2023</c> (or <c>export 2023</c>): links to the year's consolidated bilan.</summary>
internal sealed class ExportCommand(ConventionCatalog catalog, BilanExportCard card) : IBotCommand
{
    private static readonly string[] DocumentWords = ["bilan", "bilans", "report"];

    public IReadOnlyList<string> Keywords { get; } = ["export", "exporter"];

    public CommandHelp Help(Language language) => new(
        42,
        language.Pick("export bilan 2023", "export report 2023"),
        language.Pick("le bilan consolidé de l’année pour le COPIL (document imprimable et CSV)", "the year’s consolidated bilan for the COPIL (printable document and CSV)"));

    public Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (l, (convention, arguments)) = (request.Caller.Language, catalog.Scope(request.Keyword, request.Arguments));
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CommandText.Normalize).ToList();
        if (words.Count > 0 && DocumentWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        if (words.Count != 1 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return Task.FromResult(YearTexts.YearChoice(l, catalog, convention, Keyword(l)));
        }
        return Task.FromResult(convention.Years.Contains(year)
            ? BotReply.WithCard(card.Build(convention, year, l))
            : YearTexts.YearChoice(l, catalog, convention, Keyword(l), year));
    }

    /// <summary>The command as typed before its year.</summary>
    private static string Keyword(Language l) => l.Pick("export bilan", "export report");
}
