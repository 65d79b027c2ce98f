using System.Text.Json;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>
/// The dossier's files on the contribution card: under each item its newest version with its download link and the
/// item's upload link; for admins, one form to reject a file (one form, not one per item, keeps the card under Teams' cap).
/// </summary>
internal static class DossierCardParts
{
    public const string RejectVerb = "dossier.reject";
    public const string RejectFile = "rejectFile";
    public const string RejectReason = "rejectReason";

    public static IEnumerable<AdaptiveElement> Files(FundingView view, ContributionDocument item)
    {
        var (l, dossier) = (view.Language, view.Dossier);
        var files = dossier.Of(item.Id);
        var actions = new List<AdaptiveAction>();
        foreach (var (file, version) in files.Take(DossierView.ShownPerItem).Select((f, i) => (f, files.Count - i)))
        {
            yield return CardParts.Subtle(DossierTexts.File(l, file, version));
            if (file.Rejection is { } rejection)
            {
                yield return CardParts.Subtle(DossierTexts.Rejected(l, rejection));
            }
            if (dossier.DownloadLinks.TryGetValue(file.UploadId, out var download))
            {
                actions.Add(new AdaptiveOpenUrlAction { Title = DossierTexts.Download(l, version), Url = download });
            }
        }
        if (files.Count > DossierView.ShownPerItem)
        {
            yield return CardParts.Subtle(DossierTexts.OlderVersions(l, files.Count - DossierView.ShownPerItem));
        }
        if (dossier.UploadLinks.TryGetValue(item.Id, out var upload))
        {
            actions.Add(new AdaptiveOpenUrlAction { Title = DossierTexts.Upload(l), Url = upload });
        }
        if (actions.Count > 0)
        {
            yield return new AdaptiveActionSet { Actions = actions };
        }
    }

    /// <summary>Admins: the newest standing file of each item, to reject with a reason; nothing when none stands.</summary>
    public static IEnumerable<AdaptiveElement> RejectForm(FundingView view)
    {
        var l = view.Language;
        var standing = view.Terms.Documents
            .Select(d => (Item: d, File: view.Dossier.Of(d.Id).FirstOrDefault(f => f.Rejection is null)))
            .Where(p => p.File is not null)
            .ToList();
        if (!view.IsAdmin || standing.Count == 0)
        {
            yield break;
        }
        yield return CardParts.Heading(DossierTexts.RejectTitle(l));
        yield return new AdaptiveChoiceSetInput
        {
            Id = RejectFile,
            Label = DossierTexts.RejectFileLabel(l),
            Wrap = true,
            Choices = [.. standing.Select(p => new AdaptiveChoice { Title = DossierTexts.Choice(p.Item.Label, p.File!), Value = p.Item.Id + "|" + p.File!.UploadId })],
        };
        yield return new AdaptiveTextInput { Id = RejectReason, Label = DossierTexts.RejectReason(l), IsMultiline = true, MaxLength = FundingForm.ReasonMaxLength };
        yield return new AdaptiveActionSet
        {
            Actions = [CardParts.Button(DossierTexts.Reject(l), RejectVerb, FundingCard.Data(view.Convention.Id, view.Year.Record.Year), AdaptiveActionStyle.Destructive)],
        };
    }

    /// <summary>The item and file the rejection form names, from the click's data.</summary>
    public static (string? ItemId, string? UploadId) Target(JsonElement data) =>
        CardData.Text(data, RejectFile)?.Split('|') is [var item, var upload] ? (item, upload) : (null, null);
}
