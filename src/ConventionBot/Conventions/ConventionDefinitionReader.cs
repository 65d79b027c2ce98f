namespace ConventionBot.Conventions;

/// <summary>Maps the fields of a definition file onto <see cref="ConventionDefinition"/>.</summary>
internal static class ConventionDefinitionReader
{
    public static ConventionDefinition Read(YamlMappingReader root)
    {
        var modalities = root.Items("modalities", ReadModality);

        // Art. 2 applies every modality to every chantier unless a chantier says otherwise.
        IReadOnlyList<int> allModalities = [.. modalities.Select(m => m.Number)];

        return new ConventionDefinition
        {
            Id = root.Text("id"),
            Title = root.Text("title"),
            StartDate = root.Date("startDate"),
            EndDate = root.Date("endDate"),
            Parties = root.Items("parties", ReadParty),
            Axes = root.Items("axes", axis => new ConventionAxis(axis.Integer("number"), axis.Text("title"))),
            Chantiers = root.Items("chantiers", chantier => ReadChantier(chantier, allModalities)),
            Modalities = modalities,
            Governance = root.Section("governance", ConventionTermsReader.ReadGovernance, required: true)
                ?? new Governance([]),
            AnnualBilan = root.Section("annualBilan", ConventionTermsReader.ReadAnnualBilan, required: false),
            Contribution = root.Section("contribution", ConventionTermsReader.ReadContribution, required: false),
            Termination = root.Section("termination", ConventionTermsReader.ReadTermination, required: false),
        };
    }

    private static ConventionParty ReadParty(YamlMappingReader party) => new(
        party.Text("id"),
        party.Text("name"),
        party.Text("shortName"),
        party.Text("address"),
        party.Text("representative"),
        party.Enum<PartyRole>("role"));

    private static Chantier ReadChantier(YamlMappingReader chantier, IReadOnlyList<int> allModalities) => new(
        chantier.Integer("number"),
        chantier.Text("shortTitle"),
        chantier.Text("title"),
        chantier.Integer("axis"),
        chantier.Text("description"),
        chantier.Texts("expectedModalities", required: false),
        chantier.OptionalIntegers("modalityNumbers") ?? allModalities,
        chantier.Texts("notes", required: false));

    private static InterventionModality ReadModality(YamlMappingReader modality) => new(
        modality.Integer("number"),
        modality.Text("shortLabel"),
        modality.Text("text"));
}
