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

    /// <summary>The contribution's steps by years: call and dossier (AR Hlm), amount, payment (Métropole), late ones flagged.</summary>
    public async Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.Contribution is not { } terms)
        {
            return null;
        }
        var years = await funding.LoadAllAsync(convention, cancellationToken).ConfigureAwait(false);
        var today = ParisTime.DateOf(now);
        var l = language;
        DashboardRow Row(string header, Func<FundingYear, DashboardCell> cell) => new(header, [.. years.Select(cell)]);
        return new DashboardPanel(Order, l.Pick("Contribution annuelle (art. 3)", "Yearly contribution (art. 3)"), l.Pick("Étape", "Step"),
            [.. years.Select(y => y.Record.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [
                Row(l.Pick("Appel de fonds", "Call for funds"), y => y.Record.CallSentOn is { } call
                    ? new DashboardCell(l.Pick($"reçu le {DateText.Numeric(call)}", $"received {DateText.Numeric(call)}"), DashboardTone.Done)
                    : new DashboardCell(l.Pick("non reçu", "not received"), Owed(options.CurrentValue.CallDueDate(y.Record.Year), today))),
                Row(l.Pick("Dossier", "Dossier"), y =>
                {
                    var items = FundingChecklist.Items(terms, y.Record, y.Bilan);
                    var received = items.Count(i => i.Received);
                    return new DashboardCell(l.Pick($"{received}/{items.Count} pièces", $"{received}/{items.Count} documents"),
                        received == items.Count ? DashboardTone.Done : Owed(options.CurrentValue.CallDueDate(y.Record.Year), today),
                        received == items.Count ? null : l.Pick("manque : ", "missing: ") + string.Join(", ", items.Where(i => !i.Received).Select(i => i.Document.Label)));
                }),
                Row(l.Pick("Montant", "Amount"), y => new DashboardCell(FundingTexts.Euros(y.Record.AmountDue(terms), l), DashboardTone.Neutral)),
                Row(l.Pick("Versement", "Payment"), y => y.Record switch
                {
                    { PaidOn: { } paid } => new DashboardCell(l.Pick($"versée le {DateText.Numeric(paid)}", $"paid {DateText.Numeric(paid)}"), DashboardTone.Done),
                    { Decision: FundingDecision.Suspended } => new DashboardCell(l.Pick("suspendue", "suspended"), DashboardTone.Attention),
                    { CallSentOn: { } call } => new DashboardCell(l.Pick("non versée", "not paid"), Owed(options.CurrentValue.PaymentDueDate(call), today)),
                    _ => new DashboardCell(l.Pick("non versée", "not paid"), DashboardTone.Neutral),
                }),
            ])
        {
            ColumnCommands = [.. years.Select(y => l.Pick($"financement {y.Record.Year}", $"funding {y.Record.Year}"))],
        };
    }

    private static DashboardTone Owed(DateOnly due, DateOnly today) => today > due ? DashboardTone.Late : DashboardTone.InProgress;

    private static Deadline Due(DateOnly day, DateTimeOffset now, string title)
    {
        var end = ParisTime.EndOf(day);
        return new Deadline(end.AddMinutes(-1), title, null, now >= end);
    }
}
