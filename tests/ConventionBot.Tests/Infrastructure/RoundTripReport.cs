using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>
/// Prints the Table requests counted per command to the test's output and appends them to
/// <c>TestResults/storage-round-trips.txt</c> beside the test binaries.
/// </summary>
public static class RoundTripReport
{
    public static void Write(ITestOutputHelper output, string title, IReadOnlyList<(string Command, IReadOnlyList<string> Requests)> counts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(counts);
        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Table requests — {title}");
        foreach (var (command, requests) in counts)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {command,-18} {requests.Count,3}");
            foreach (var request in requests)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"      {request}");
            }
        }
        output.WriteLine(report.ToString());
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "storage-round-trips.txt"), report.ToString());
    }
}
