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
        var dossier = links.Create(DossierExportEndpoint.Path(convention.Id, year));
        var title = l.Pick($"Bilan consolidé {year}", $"Consolidated bilan {year}");
        return CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Subtle(convention.Title),
                CardParts.Text(l.Pick(
                    "Le document suit la structure de la convention : axes, chantiers, modalités d’intervention, chiffres clés et totaux, difficultés, perspectives, les réunions de gouvernance de l’année et les pièces du dossier de contribution. Le CSV reprend toutes les contributions, pour Excel ; le second, les pièces du dossier.",
                    "The document follows the convention’s structure: axes, workstreams, modalities of intervention, key figures and totals, difficulties, outlook, the year’s governance meetings and the contribution dossier’s files. The CSV holds every contribution, for Excel; the second one, the dossier’s files.")),
                CardParts.Text(l.Pick(
                    $"Ces liens s’ouvrent sans connexion Teams jusqu’au {DateText.Moment(html.ExpiresAt, l)} : ne les transmettez qu’aux destinataires du bilan.",
                    $"These links open without Teams sign-in until {DateText.Moment(html.ExpiresAt, l)}: only pass them to the bilan’s readers.")),
            ],
            [
                new AdaptiveOpenUrlAction { Title = l.Pick("Ouvrir le document (imprimable)", "Open the document (printable)"), Url = html.Url },
                new AdaptiveOpenUrlAction { Title = l.Pick("Télécharger le CSV", "Download the CSV"), Url = csv.Url },
                new AdaptiveOpenUrlAction { Title = l.Pick("Pièces du dossier de contribution (CSV)", "Contribution dossier files (CSV)"), Url = dossier.Url },
                CardParts.Open(BilanLabels.BackToCampaign(l), BilanVerbs.Campaign, YearCardData.For(convention.Id, year)),
            ],
            title);
    }
}
