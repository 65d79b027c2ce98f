using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>The bodies a meeting can be for: the convention's governance instances, then the NPNRU club, working groups, others.</summary>
internal static class MeetingInstances
{
    public static readonly IReadOnlyList<string> Others = [MeetingInstance.Club, MeetingInstance.WorkingGroup, MeetingInstance.Other];

    /// <summary>(code, title) pairs for the form's choice set.</summary>
    public static IReadOnlyList<(string Code, string Title)> Choices(ConventionDefinition convention, Language language) =>
    [
        .. convention.Governance.Instances.Select(i => (i.Code, $"{i.Code} — {i.Name}")),
        (MeetingInstance.Club, new MeetingInstance(MeetingInstance.Club, null).DisplayName(language)),
        (MeetingInstance.WorkingGroup, new MeetingInstance(MeetingInstance.WorkingGroup, null).DisplayName(language)),
        (MeetingInstance.Other, language.Pick("Autre instance (préciser l’intitulé)", "Other (give its name)")),
    ];
}
