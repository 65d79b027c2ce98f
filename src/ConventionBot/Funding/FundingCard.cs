using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>A year's contribution: amount, call, payment, the dossier checklist, and the admins' form.</summary>
internal static class FundingCard
{
    public const string ShowVerb = "funding.show";
    public const string SaveVerb = "funding.save";

    public static JsonObject Data(string conventionId, int year, string? etag = null) =>
        YearCardData.For(conventionId, year, etag: etag);

    public static AdaptiveCard Build(FundingView view)
    {
        var (l, record, year) = (view.Language, view.Year.Record, view.Year.Record.Year);
        var body = new List<AdaptiveElement> { CardParts.Title(FundingTexts.Title(l, year)), CardParts.Subtle(view.Convention.Title + " — article 3") };
        body.AddRange(CardParts.Notice(view.Notice));
        body.AddRange(CardParts.Problems(FundingTexts.NotSaved(l), view.Errors));
        if (view.Conflict)
        {
            body.Add(CardParts.Warning(CardParts.Text(FundingTexts.Conflict(l, record.UpdatedBy))));
        }
        body.Add(Facts(view));
        body.AddRange(Checklist(view));
        if (view.IsAdmin)
        {
            body.AddRange(FundingFormInputs.Elements(view));
            body.Add(new AdaptiveActionSet { Actions = [CardParts.Button(FundingTexts.Save(l), SaveVerb, Data(view.Convention.Id, year, record.ETag ?? ""), AdaptiveActionStyle.Positive)] });
        }
        return CardParts.Card(body, [CardParts.Navigate(CardTexts.Refresh(l), ShowVerb, Data(view.Convention.Id, year))], FundingTexts.Title(l, year));
    }

    private static AdaptiveFactSet Facts(FundingView view)
    {
        var (l, record) = (view.Language, view.Year.Record);
        var paymentDue = record.CallSentOn is { } call ? view.Options.PaymentDueDate(call) : (DateOnly?)null;
        return new AdaptiveFactSet
        {
            Facts =
            [
                new AdaptiveFact { Title = FundingTexts.AmountLabel(l), Value = Amount(view) },
                new AdaptiveFact { Title = l.Pick("Appel de fonds", "Call for funds"), Value = FundingTexts.Call(l, record.CallSentOn, view.Options.CallDueDate(record.Year)) },
                new AdaptiveFact { Title = l.Pick("Versement", "Payment"), Value = FundingTexts.Payment(l, record, paymentDue, view.Today) },
                new AdaptiveFact { Title = l.Pick("Mis à jour par", "Updated by"), Value = CardTexts.Touched(l, record.UpdatedBy, record.UpdatedAt) is { Length: > 0 } t ? t : "—" },
            ],
        };
    }

    private static IEnumerable<AdaptiveElement> Checklist(FundingView view)
    {
        var l = view.Language;
        yield return CardParts.Heading(l.Pick("Dossier de l’appel de fonds (article 3)", "Call for funds dossier (article 3)"));
        foreach (var item in FundingChecklist.Items(view.Terms, view.Year.Record, view.Year.Bilan))
        {
            yield return CardParts.Text(FundingTexts.DocumentState(l, item.Document.Label, item.Received));
            if (item.IsAutomatic)
            {
                yield return CardParts.Subtle(FundingTexts.BilanDocument(l, view.Year.Bilan));
            }
            foreach (var element in DossierCardParts.Files(view, item.Document))
            {
                yield return element;
            }
        }
        if (view.Dossier.UploadExpiresAt is { } expires)
        {
            yield return CardParts.Subtle(DossierTexts.UploadHint(l, expires));
        }
        foreach (var element in DossierCardParts.RejectForm(view))
        {
            yield return element;
        }
    }

    private static string Amount(FundingView view)
    {
        var (l, record) = (view.Language, view.Year.Record);
        var amount = FundingTexts.Euros(record.AmountDue(view.Terms), l);
        return record.Decision == FundingDecision.Full
            ? amount
            : FundingTexts.AmountWithDecision(l, amount, record.Decision, record.Reason);
    }
}
