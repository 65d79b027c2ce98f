using System.Diagnostics;

namespace ConventionBot.Diagnostics;

/// <summary>
/// The app's own traces and metrics, both named <see cref="Name"/> (the protocol library has its own,
/// <see cref="BotFramework.Diagnostics.BotFrameworkTelemetry"/>). Features get the meter from <c>IMeterFactory</c>
/// with this name, so they share one. Tags name kinds, states and outcomes: never people, conversations or texts.
/// </summary>
public static class ConventionBotTelemetry
{
    public const string Name = "ConventionBot";

    internal static readonly ActivitySource Source = new(Name, typeof(ConventionBotTelemetry).Assembly.GetName().Version?.ToString());
}
