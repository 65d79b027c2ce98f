using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>An item's files on the contribution card: newest versions with their download links, the upload link, and (admins) the rejection.</summary>
internal static class DossierCardParts
{
    public const string RejectVerb = "dossier.reject";
    public const string Item = "item";
    public const string Upload = "upload";
    public const string ReasonPrefix = "rejectReason-";

    public static IEnumerable<AdaptiveElement> Files(FundingView view, ContributionDocument item)
    {
        var (l, dossier) = (view.Language, view.Dossier);
        var files = dossier.Of(item.Id);
        var actions = new List<AdaptiveAction>();
        for (var i = 0; i < Math.Min(files.Count, DossierView.ShownPerItem); i++)
        {
            var file = files[i];
            yield return CardParts.Subtle(DossierTexts.File(l, file, files.Count - i));
            if (file.Rejection is { } rejection)
            {
                yield return CardParts.Subtle(DossierTexts.Rejected(l, rejection));
            }
            if (dossier.DownloadLinks.TryGetValue(file.UploadId, out var download))
            {
                actions.Add(new AdaptiveOpenUrlAction { Title = DossierTexts.Download(l, file.FileName), Url = download });
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
        if (view.IsAdmin && files.FirstOrDefault(f => f.Rejection is null) is { } latest)
        {
            actions.Add(Reject(view, item, latest));
        }
        if (actions.Count > 0)
        {
            yield return new AdaptiveActionSet { Actions = actions };
        }
    }

    private static AdaptiveShowCardAction Reject(FundingView view, ContributionDocument item, DossierFile file)
    {
        var l = view.Language;
        var data = FundingCard.Data(view.Convention.Id, view.Year.Record.Year, file.ETag);
        data[Item] = item.Id;
        data[Upload] = file.UploadId;
        return new AdaptiveShowCardAction
        {
            Title = DossierTexts.Reject(l),
            Card = new AdaptiveCard
            {
                Body = [new AdaptiveTextInput { Id = ReasonPrefix + item.Id, Label = DossierTexts.RejectReason(l), IsMultiline = true, MaxLength = FundingForm.ReasonMaxLength }],
                Actions = [CardParts.Button(DossierTexts.ConfirmReject(l), RejectVerb, data, AdaptiveActionStyle.Destructive)],
            },
        };
    }

    /// <summary>The item and file a rejection button names, from its data.</summary>
    public static (string? ItemId, string? UploadId) Target(System.Text.Json.JsonElement data) =>
        (CardData.Text(data, Item), CardData.Text(data, Upload));
}
