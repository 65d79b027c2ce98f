namespace ConventionBot.Bilans.Contract;

/// <summary>The card verbs of the bilan feature: other features' cards lead back to the campaign, and Exports answers <see cref="Export"/>.</summary>
public static class BilanVerbs
{
    public const string Campaign = "bilan.campaign";
    public const string Open = "bilan.open";
    public const string Deadline = "bilan.deadline";
    public const string Form = "bilan.form";
    public const string Save = "bilan.save";
    public const string Submit = "bilan.submit";
    public const string Validate = "bilan.validate";
    public const string RequestChanges = "bilan.requestChanges";
    public const string Export = "bilan.export";
    public const string DelayForm = "bilan.delayForm";
    public const string DelayAsk = "bilan.delayAsk";
    public const string DelayReview = "bilan.delayReview";
    public const string DelayGrant = "bilan.delayGrant";
    public const string DelayRefuse = "bilan.delayRefuse";
}
