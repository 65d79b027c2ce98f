using System.Globalization;

namespace ConventionBot.Benchmarks;

/// <summary>The figures the issue asks for, and whether the target (all exactly once, within 5 % of the limit) is met.</summary>
internal sealed record BenchReport(int Conversations, TimeSpan ToFirstDelivery, TimeSpan ToLastDelivery, TimeSpan ToCompletion, int Throttled, int Duplicates, int Losses, string Ledger)
{
    private const int AppRequestsPerSecond = 50;

    public TimeSpan Least => TimeSpan.FromSeconds((double)Conversations / AppRequestsPerSecond);

    public double Ratio => ToLastDelivery / Least;

    public bool TargetMet => Duplicates == 0 && Losses == 0 && Ratio <= 1.05;

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Fan-out of one notification to {Conversations} subscribed conversations");
        output.WriteLine("  limits enforced by the loopback connector: 7/1 s and 60/30 s per conversation, 50/s for the app; 429 + Retry-After: 1 beyond");
        output.WriteLine(string.Create(c, $"  first delivery after:                    {ToFirstDelivery.TotalSeconds:F2} s (render, ledger rows)"));
        output.WriteLine(string.Create(c, $"  duration (scheduled -> last delivery):  {ToLastDelivery.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(c, $"  least time the limits allow:             {Least.TotalSeconds:F2} s ({Conversations} / {AppRequestsPerSecond} per s)"));
        output.WriteLine(string.Create(c, $"  ratio to that least time:                {Ratio:F3}"));
        output.WriteLine(string.Create(c, $"  notification completed (ledger written): {ToCompletion.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(c, $"  429s seen:                               {Throttled}"));
        output.WriteLine(string.Create(c, $"  duplicates:                              {Duplicates}"));
        output.WriteLine(string.Create(c, $"  losses:                                  {Losses}"));
        output.WriteLine($"  delivery ledger:                         {Ledger}");
        output.WriteLine($"  target (all exactly once, within 5 % of {Least.TotalSeconds.ToString("F0", c)} s): {(TargetMet ? "MET" : "NOT MET")}");
    }
}
