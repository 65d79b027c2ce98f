namespace ConventionBot.Conventions;

/// <summary>Maps the governance, bilan, contribution and termination sections of a definition file.</summary>
internal static class ConventionTermsReader
{
    public static Governance ReadGovernance(YamlMappingReader governance) =>
        new(governance.Items("instances", ReadInstance), governance.OptionalText("article"));

    public static AnnualBilanRule ReadAnnualBilan(YamlMappingReader bilan) => new(
        bilan.Text("author"),
        bilan.OptionalText("beforeInstance"),
        bilan.Prose("text"),
        bilan.OptionalText("reviewer"),
        bilan.OptionalText("article"));

    public static ContributionTerms ReadContribution(YamlMappingReader contribution) => new(
        contribution.Decimal("annualAmount"),
        contribution.Text("currency"),
        contribution.Text("payer"),
        contribution.Text("caller"),
        contribution.Prose("purpose"),
        contribution.Items("documents", document => new ContributionDocument(document.Text("id"), document.Prose("label"))),
        contribution.Prose("payerRights"));

    public static TerminationTerms ReadTermination(YamlMappingReader termination) => new(
        termination.Integer("noticeMonths"),
        termination.Prose("text"));

    private static GovernanceInstance ReadInstance(YamlMappingReader instance) => new(
        instance.Text("code"),
        instance.Prose("name"),
        instance.Prose("purpose"),
        instance.Proses("composition", required: true),
        instance.Integer("minimumPerYear"));
}
