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
            Title = root.Prose("title"),
            StartDate = root.Date("startDate"),
            EndDate = root.Date("endDate"),
            Parties = root.Items("parties", ReadParty),
            Axes = root.Items("axes", axis => new ConventionAxis(axis.Integer("number"), axis.Prose("title"))),
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
        party.Prose("name"),
        party.Prose("shortName"),
        party.Prose("address"),
        party.Prose("representative"),
        party.Enum<PartyRole>("role"));

    private static Chantier ReadChantier(YamlMappingReader chantier, IReadOnlyList<int> allModalities) => new(
        chantier.Integer("number"),
        chantier.Prose("shortTitle"),
        chantier.Prose("title"),
        chantier.Integer("axis"),
        chantier.Prose("description"),
        chantier.Proses("expectedModalities", required: false),
        chantier.OptionalIntegers("modalityNumbers") ?? allModalities,
        chantier.Proses("notes", required: false));

    private static InterventionModality ReadModality(YamlMappingReader modality) => new(
        modality.Integer("number"),
        modality.Prose("shortLabel"),
        modality.Prose("text"));
}
