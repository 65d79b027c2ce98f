namespace ConventionBot.Conventions;

/// <summary>What a party does in the convention or programme.</summary>
public enum PartyRole
{
    /// <summary>Pays the contribution (the Métropole).</summary>
    Funder,

    /// <summary>Receives the contribution and carries out the programme (the AR Hlm).</summary>
    Beneficiary,

    /// <summary>Leads a programme it adopted alone (the Communauté Urbaine d'Arras and its PLH).</summary>
    Pilot,

    /// <summary>Takes part without a financial role.</summary>
    Partner,
}
