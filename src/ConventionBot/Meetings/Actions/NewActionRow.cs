namespace ConventionBot.Meetings;

/// <summary>One blank row of the follow-up card for a new action, as typed.</summary>
internal sealed record NewActionRow(string? Text, string? Owner, string? Due)
{
    public static readonly NewActionRow Blank = new(null, null, null);

    public bool IsBlank => Text is null && Owner is null && Due is null;
}
