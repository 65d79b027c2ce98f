using ConventionBot.Funding;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

public sealed class FundingReminderPlannerTests
{
    [Fact]
    public void CallPlan_Defaults_TwoWeeksBeforeOnTheDayAndTwoWeeksAfter31March()
    {
        var plan = FundingReminderPlanner.CallPlan("amp-arhlm-2022-2024", 2023, new FundingOptions()).ToList();

        Assert.Equal(
            [new DateTimeOffset(2023, 3, 17, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 31, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 4, 14, 7, 0, 0, TimeSpan.Zero)],
            plan.Select(n => n.DueAt));
        Assert.All(plan, n => Assert.Equal(FundingReminderPlanner.CallKind, n.Kind));
    }

    [Fact]
    public void PaymentPlan_CallRecordedNotPaid_RemindsFromTheDayAfterThePaymentDelay()
    {
        var record = FundingRecord.New("amp-arhlm-2022-2024", 2023) with { CallSentOn = new DateOnly(2023, 3, 17) };

        var plan = FundingReminderPlanner.PaymentPlan(record, new FundingOptions()).ToList();

        Assert.Equal(new DateTimeOffset(2023, 5, 17, 7, 0, 0, TimeSpan.Zero), plan[0].DueAt);
        Assert.Equal(3, plan.Count);
        Assert.All(plan, n => Assert.Contains(":payment:2023-03-17:", n.Key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void PaymentPlan_PaidOrSuspended_PlansNothing(bool paid, bool suspended)
    {
        var record = FundingRecord.New("c", 2023) with
        {
            CallSentOn = new DateOnly(2023, 3, 17),
            PaidOn = paid ? new DateOnly(2023, 4, 1) : null,
            Decision = suspended ? FundingDecision.Suspended : FundingDecision.Full,
        };

        Assert.Empty(FundingReminderPlanner.PaymentPlan(record, new FundingOptions()));
    }

    [Fact]
    public void Checklist_BilanDocument_IsTickedOnlyWhenTheYearIsFullyValidated()
    {
        var terms = BilanSamples.Convention.Contribution!;
        var record = FundingRecord.New("c", 2023) with { CallSentOn = new DateOnly(2023, 3, 1), DocumentsReceived = ["rib", "statuts", "bureau-ca", "rapport-comptes-n-1"] };

        Assert.False(FundingChecklist.IsCallComplete(terms, record, BilanSamples.Year()));
        Assert.True(FundingChecklist.IsCallComplete(terms, record, BilanSamples.AllValidated()));
    }
}
