namespace ConventionBot.Conventions;

/// <summary>Maps the fields of a definition file onto <see cref="ConventionDefinition"/> (format: docs/definitions.md).</summary>
internal static class ConventionDefinitionReader
{
    public static ConventionDefinition Read(YamlMappingReader root)
    {
        var modalities = root.Items("modalities", ReadModality, required: false);

        // Art. 2 applies every modality to every chantier unless a chantier says otherwise.
        IReadOnlyList<int> allModalities = [.. modalities.Select(m => m.Number)];
        var indicators = root.Items("indicators", ReadIndicator, required: false);

        return new ConventionDefinition
        {
            Id = root.Text("id"),
            Title = root.Prose("title"),
            ShortTitle = root.OptionalProse("shortTitle"),
            StartDate = root.Date("startDate"),
            EndDate = root.Date("endDate"),
            Levels = root.Section("levels", ReadLevels, required: false) ?? ConventionLevels.Default,
            Kind = root.Section("kind", ReadLevel, required: false) ?? ConventionLevels.Convention,
            Parties = root.Items("parties", ReadParty),
            Axes = root.Items("groups", group => new ConventionAxis(group.Integer("number"), group.Prose("title"), group.OptionalProse("heading"))),
            Chantiers = root.Items("items", item => ReadItem(item, allModalities, indicators)),
            Modalities = modalities,
            Indicators = indicators,
            Governance = root.Section("governance", ConventionTermsReader.ReadGovernance, required: false) ?? new Governance([]),
            AnnualBilan = root.Section("annualBilan", ConventionTermsReader.ReadAnnualBilan, required: false),
            Contribution = root.Section("contribution", ConventionTermsReader.ReadContribution, required: false),
            Termination = root.Section("termination", ConventionTermsReader.ReadTermination, required: false),
        };
    }

    private static ConventionLevels ReadLevels(YamlMappingReader levels) => new(
        levels.Section("group", ReadLevel, required: true) ?? ConventionLevels.Default.Group,
        levels.Section("item", ReadLevel, required: true) ?? ConventionLevels.Default.Item);

    private static LevelWord ReadLevel(YamlMappingReader level) => new(
        level.Text("singular"),
        level.Text("plural"),
        level.Boolean("feminine", absent: false),
        level.Text("english"),
        level.Text("englishPlural"));

    private static ConventionParty ReadParty(YamlMappingReader party) => new(
        party.Text("id"),
        party.Prose("name"),
        party.Prose("shortName"),
        party.OptionalProse("address") ?? "",
        party.OptionalProse("representative") ?? "",
        party.Enum<PartyRole>("role"))
    {
        Designation = party.OptionalProse("designation"),
    };

    private static Chantier ReadItem(YamlMappingReader item, IReadOnlyList<int> allModalities, IReadOnlyList<Indicator> defaults)
    {
        var own = item.Items("indicators", ReadIndicator, required: false);
        return new Chantier(
            item.Integer("number"),
            item.Prose("shortTitle"),
            item.Prose("title"),
            item.Integer("group"),
            item.OptionalProse("description") ?? "",
            item.Proses("expectedModalities", required: false),
            item.OptionalIntegers("modalityNumbers") ?? allModalities,
            item.Proses("notes", required: false))
        {
            Indicators = own.Count > 0 ? own : defaults,
            Objective = item.OptionalProse("objective"),
            Pilot = item.OptionalProse("pilot"),
            Partners = item.Proses("partners", required: false),
            Tools = item.OptionalProse("tools"),
            Budget = item.OptionalProse("budget"),
            Calendar = item.OptionalProse("calendar"),
            Territory = item.OptionalProse("territory"),
        };
    }

    private static Indicator ReadIndicator(YamlMappingReader indicator) => new(
        indicator.Text("id"),
        indicator.Prose("name"),
        indicator.OptionalProse("unit"),
        indicator.Enum("kind", IndicatorKind.Integer),
        indicator.OptionalDecimal("target"),
        indicator.OptionalProse("targetText"))
    {
        English = indicator.OptionalText("english"),
    };

    private static InterventionModality ReadModality(YamlMappingReader modality) => new(
        modality.Integer("number"),
        modality.Prose("shortLabel"),
        modality.Prose("text"));
}
