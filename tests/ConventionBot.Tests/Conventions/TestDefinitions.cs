using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

internal static class TestDefinitions
{
    /// <summary>The folder the app ships, as copied next to the test assembly.</summary>
    public static string ShippedFolder => new ConventionsOptions().ResolveDefinitionsPath();

    public static ConventionDefinition Shipped() =>
        ConventionDefinitionLoader.LoadFolder(ShippedFolder).Single(d => d.Id == "amp-arhlm-2022-2024");

    /// <summary>A small valid definition; tests break one line of it at a time.</summary>
    public const string Minimal = """
        id: test-2030
        title: Convention de test
        startDate: 2030-01-01
        endDate: 2031-12-31
        parties:
          - id: payeur
            name: Payeur public
            shortName: Payeur
            address: 1 rue A
            representative: sa Présidente
            role: funder
          - id: receveur
            name: Association receveuse
            shortName: Receveur
            address: 2 rue B
            representative: son Président
            role: beneficiary
        groups:
          - number: 1
            title: Axe un
          - number: 2
            title: Axe deux
        items:
          - number: 1
            shortTitle: Premier chantier
            title: Le premier chantier
            group: 1
            description: Premier.
            expectedModalities:
              - Une attente
          - number: 2
            shortTitle: Second chantier
            title: Le second chantier
            group: 2
            description: Second.
            modalityNumbers: [1]
        modalities:
          - number: 1
            shortLabel: Animation
            text: L'animation.
          - number: 2
            shortLabel: Formation
            text: La formation.
        governance:
          instances:
            - code: COPIL
              name: Comité de pilotage
              purpose: Piloter.
              composition: [Les présidents]
              minimumPerYear: 1
        annualBilan:
          author: receveur
          beforeInstance: COPIL
          text: Un bilan.
        contribution:
          annualAmount: 1000
          currency: EUR
          payer: payeur
          caller: receveur
          purpose: Couvrir les frais.
          documents:
            - id: rib
              label: un RIB
          payerRights: Suspendre.
        termination:
          noticeMonths: 3
          text: Trois mois.

        """;

    /// <summary><see cref="Minimal"/> with one piece replaced; the piece must occur exactly once.</summary>
    public static string MinimalWith(string original, string replacement)
    {
        var index = Minimal.IndexOf(original, StringComparison.Ordinal);
        Assert.True(
            index >= 0 && Minimal.IndexOf(original, index + 1, StringComparison.Ordinal) < 0,
            $"'{original}' must occur exactly once in the minimal definition");
        return string.Concat(Minimal.AsSpan(0, index), replacement, Minimal.AsSpan(index + original.Length));
    }
}
