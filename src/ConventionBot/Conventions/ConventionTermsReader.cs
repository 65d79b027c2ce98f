namespace ConventionBot.Conventions;

/// <summary>Maps the governance, bilan, contribution and termination sections of a definition file.</summary>
internal static class ConventionTermsReader
{
    public static Governance ReadGovernance(YamlMappingReader governance) =>
        new(governance.Items("instances", ReadInstance));

    public static AnnualBilanRule ReadAnnualBilan(YamlMappingReader bilan) => new(
        bilan.Text("author"),
        bilan.Text("beforeInstance"),
        bilan.Text("text"));

    public static ContributionTerms ReadContribution(YamlMappingReader contribution) => new(
        contribution.Decimal("annualAmount"),
        contribution.Text("currency"),
        contribution.Text("payer"),
        contribution.Text("caller"),
        contribution.Text("purpose"),
        contribution.Items("documents", document => new ContributionDocument(document.Text("id"), document.Text("label"))),
        contribution.Text("payerRights"));

    public static TerminationTerms ReadTermination(YamlMappingReader termination) => new(
        termination.Integer("noticeMonths"),
        termination.Text("text"));

    private static GovernanceInstance ReadInstance(YamlMappingReader instance) => new(
        instance.Text("code"),
        instance.Text("name"),
        instance.Text("purpose"),
        instance.Texts("composition", required: true),
        instance.Integer("minimumPerYear"));
}
