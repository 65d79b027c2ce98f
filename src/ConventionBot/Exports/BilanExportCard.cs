using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Exports;

/// <summary>The answer to an export: links to the consolidated bilan (HTML to print, CSV for Excel) and when they expire.</summary>
internal sealed class BilanExportCard(ExportLinks links)
{
    public AdaptiveCard Build(ConventionDefinition convention, int year, Language l)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var html = links.Create(ExportEndpoint.BilanPath(convention.Id, year, "html"));
        var csv = links.Create(ExportEndpoint.BilanPath(convention.Id, year, "csv"));
        var title = l.Pick($"Bilan consolidé {year}", $"Consolidated bilan {year}");
        var actions = new List<AdaptiveAction>
        {
            new AdaptiveOpenUrlAction { Title = l.Pick("Ouvrir le document (imprimable)", "Open the document (printable)"), Url = html.Url },
            new AdaptiveOpenUrlAction { Title = l.Pick("Télécharger le CSV", "Download the CSV"), Url = csv.Url },
        };
        if (convention.Contribution is not null)
        {
            var dossier = links.Create(DossierExportEndpoint.Path(convention.Id, year));
            actions.Add(new AdaptiveOpenUrlAction { Title = l.Pick("Pièces du dossier de contribution (CSV)", "Contribution dossier files (CSV)"), Url = dossier.Url });
        }
        actions.Add(CardParts.Open(BilanLabels.BackToCampaign(l), BilanVerbs.Campaign, YearCardData.For(convention.Id, year)));
        return CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Subtle(convention.Title),
                CardParts.Text(Contents(convention, l)),
                CardParts.Text(l.Pick(
                    $"Ces liens s’ouvrent sans connexion Teams jusqu’au {DateText.Moment(html.ExpiresAt, l)} : ne les transmettez qu’aux destinataires du bilan.",
                    $"These links open without Teams sign-in until {DateText.Moment(html.ExpiresAt, l)}: only pass them to the bilan’s readers.")),
            ],
            actions,
            title);
    }

    /// <summary>What the document and the CSVs hold, in the definition's words and with the parts it has.</summary>
    private static string Contents(ConventionDefinition convention, Language l)
    {
        var levels = convention.Levels;
        var parts = new List<string> { levels.Group.Names(l), levels.Item.Names(l) };
        if (convention.Modalities.Count > 0)
        {
            parts.Add(l.Pick("modalités d’intervention", "modalities of intervention"));
        }
        parts.AddRange([l.Pick("indicateurs et totaux", "indicators and totals"), l.Pick("difficultés", "difficulties"), l.Pick("perspectives", "outlook")]);
        if (convention.Governance.Instances.Count > 0)
        {
            parts.Add(l.Pick("les réunions de gouvernance de l’année", "the year’s governance meetings"));
        }
        if (convention.Contribution is not null)
        {
            parts.Add(l.Pick("les pièces du dossier de contribution", "the contribution dossier’s files"));
        }
        var list = string.Join(", ", parts[..^1]) + l.Pick(" et ", " and ") + parts[^1];
        return convention.Contribution is null
            ? l.Pick($"Le document suit sa structure : {list}. Le CSV reprend toutes les contributions, pour Excel.",
                $"The document follows its structure: {list}. The CSV holds every contribution, for Excel.")
            : l.Pick($"Le document suit sa structure : {list}. Le CSV reprend toutes les contributions, pour Excel ; le second, les pièces du dossier.",
                $"The document follows its structure: {list}. The CSV holds every contribution, for Excel; the second one, the dossier’s files.");
    }
}
