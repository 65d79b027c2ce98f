using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>The contribution's part of the convention card (status per year) and of the deadlines (call, payment).</summary>
internal sealed class FundingReport(FundingYears funding, IOptionsMonitor<FundingOptions> options) : IConventionReport
{
    public int Order => 40;

    public async Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.Contribution is not { } terms)
        {
            return [];
        }
        var facts = new List<AdaptiveFact>();
        foreach (var loaded in await funding.LoadAllAsync(convention, cancellationToken).ConfigureAwait(false))
        {
            var year = loaded.Record.Year;
            var record = loaded.Record;
            var documents = FundingChecklist.Items(terms, record, loaded.Bilan);
            var value = FundingTexts.Euros(record.AmountDue(terms), language)
                + language.Pick(record.CallSentOn is { } c ? $" — appel reçu le {DateText.Numeric(c)}" : " — appel non reçu", record.CallSentOn is { } e ? $" — call received {DateText.Numeric(e)}" : " — call not received")
                + language.Pick($", dossier {documents.Count(d => d.Received)}/{documents.Count}", $", dossier {documents.Count(d => d.Received)}/{documents.Count}")
                + (record.PaidOn is { } p ? language.Pick($", versée le {DateText.Numeric(p)}", $", paid {DateText.Numeric(p)}") : language.Pick(", non versée", ", not paid"));
            facts.Add(new AdaptiveFact { Title = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = value });
        }
        return [CardParts.Heading(language.Pick("Contribution annuelle (art. 3)", "Yearly contribution (art. 3)")), new AdaptiveFactSet { Facts = facts }];
    }

    public Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdaptiveElement>>([]);

    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var deadlines = new List<Deadline>();
        if (convention.Contribution is not { } terms)
        {
            return deadlines;
        }
        foreach (var loaded in await funding.LoadAllAsync(convention, cancellationToken).ConfigureAwait(false))
        {
            var year = loaded.Record.Year;
            if (!FundingChecklist.IsCallComplete(terms, loaded.Record, loaded.Bilan))
            {
                deadlines.Add(Due(options.CurrentValue.CallDueDate(year), now,
                    language.Pick($"Contribution {year} : appel de fonds et dossier (AR Hlm)", $"{year} contribution: call for funds and dossier (AR Hlm)")));
            }
            if (loaded.Record is { CallSentOn: { } call, PaidOn: null, Decision: not FundingDecision.Suspended })
            {
                deadlines.Add(Due(options.CurrentValue.PaymentDueDate(call), now,
                    language.Pick($"Contribution {year} : versement (Métropole)", $"{year} contribution: payment (Métropole)")));
            }
        }
        return deadlines;
    }

    private static Deadline Due(DateOnly day, DateTimeOffset now, string title)
    {
        var end = ParisTime.EndOf(day);
        return new Deadline(end.AddMinutes(-1), title, null, now >= end);
    }
}
