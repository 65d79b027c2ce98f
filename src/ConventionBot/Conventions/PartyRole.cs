namespace ConventionBot.Conventions;

/// <summary>What a party does in the convention's financial arrangement.</summary>
public enum PartyRole
{
    /// <summary>Pays the contribution (the Métropole).</summary>
    Funder,

    /// <summary>Receives the contribution and carries out the programme (the AR Hlm).</summary>
    Beneficiary,
}
