namespace ConventionBot.Conversation;

/// <summary>Section <c>Conversation</c>.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>
    /// Replaces the locale of every incoming activity. For the Agents Playground, which always sends
    /// <c>en-US</c> while our users' Teams is in French; leave empty with real Teams.
    /// </summary>
    public string? LocaleOverride { get; set; }

    /// <summary>
    /// Whom users write to about their personal data (the data protection officer's address), shown by
    /// <c>confidentialité</c>; empty, the notice names the Métropole's data protection officer without an address.
    /// </summary>
    public string? PrivacyContact { get; set; }
}
