using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>
/// The body that meets: a governance instance of the convention (COPIL, COTECH), the NPNRU club, a working
/// group, or another instance named by <see cref="Label"/>.
/// </summary>
internal sealed record MeetingInstance(string Code, string? Label)
{
    public const string Club = "CLUB-NPNRU";
    public const string WorkingGroup = "GT";
    public const string Other = "AUTRE";

    public string DisplayName(Language language)
    {
        var name = Code switch
        {
            Club => language.Pick("Club NPNRU", "NPNRU club"),
            WorkingGroup => language.Pick("Groupe de travail", "Working group"),
            Other => Label ?? language.Pick("Autre instance", "Other meeting"),
            _ => Code,
        };
        return Code != Other && !string.IsNullOrWhiteSpace(Label) ? $"{name} — {Label}" : name;
    }

    /// <summary>
    /// Two meetings of the same body: same code; working groups and other instances are told apart by their
    /// label too, whereas a COTECH stays the COTECH whatever its subtitle.
    /// </summary>
    public bool SameBodyAs(MeetingInstance other) =>
        string.Equals(Code, other.Code, StringComparison.OrdinalIgnoreCase)
        && (Code is not (WorkingGroup or Other) || string.Equals(Label ?? "", other.Label ?? "", StringComparison.OrdinalIgnoreCase));
}
