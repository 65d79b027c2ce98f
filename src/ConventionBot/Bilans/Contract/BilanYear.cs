namespace ConventionBot.Bilans.Contract;

/// <summary>A year's campaign (null when not opened) and every chantier's current bilan, in chantier order.</summary>
public sealed record BilanYear(int Year, BilanCampaign? Campaign, IReadOnlyList<ChantierBilan> Chantiers)
{
    public ChantierBilan Chantier(int number) => Chantiers.First(c => c.Chantier == number);

    /// <summary>True when every chantier is validated: the year's bilan is complete.</summary>
    public bool IsFullyValidated => Chantiers.Count > 0 && Chantiers.All(c => c.Status == BilanStatus.Validated);

    /// <summary>This year with <paramref name="bilan"/> in place of its chantier's.</summary>
    public BilanYear With(ChantierBilan bilan)
    {
        ArgumentNullException.ThrowIfNull(bilan);
        return this with { Chantiers = [.. Chantiers.Select(c => c.Chantier == bilan.Chantier ? bilan : c)] };
    }

    public int Count(BilanStatus status) => Chantiers.Count(c => c.Status == status);

    /// <summary>The chantiers' delay requests and extensions, one at most per chantier.</summary>
    public IReadOnlyList<BilanDelay> Delays { get; init; } = [];

    public BilanDelay? DelayOf(int chantier) => Delays.FirstOrDefault(d => d.Chantier == chantier);

    /// <summary>The chantier's own deadline: the campaign's, or a later one granted to it; null when the campaign is not open.</summary>
    public DateOnly? DeadlineOf(int chantier) => Campaign is not { } campaign
        ? null
        : DelayOf(chantier)?.Granted is { } granted && granted > campaign.Deadline ? granted : campaign.Deadline;

    /// <summary>This year with <paramref name="delay"/> in place of its chantier's.</summary>
    public BilanYear With(BilanDelay delay)
    {
        ArgumentNullException.ThrowIfNull(delay);
        return this with { Delays = [.. Delays.Where(d => d.Chantier != delay.Chantier), delay] };
    }
}

/// <summary>A year's bilan campaign, opened by an admin with a deadline (last day included).</summary>
public sealed record BilanCampaign(
    string ConventionId,
    int Year,
    DateOnly Deadline,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string ETag);
