namespace ConventionBot.Conventions;

/// <summary>Checks governance, bilan, contribution and termination against the rest of the definition.</summary>
internal static class ConventionTermsValidator
{
    public static void Validate(ConventionDefinition definition, ProblemLog problems)
    {
        var instances = definition.Governance.Instances;
        ConventionDefinitionValidator.CheckKeys(
            instances, i => i.Code, "governance.instances", "code", problems, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < instances.Count; i++)
        {
            if (instances[i].MinimumPerYear < 0)
            {
                problems.Add($"governance.instances[{i}].minimumPerYear", $"{instances[i].MinimumPerYear} must be 0 or more");
            }
        }

        if (definition.AnnualBilan is { } bilan)
        {
            CheckParty(definition, bilan.AuthorPartyId, "annualBilan.author", problems);
            if (bilan.ReviewerPartyId is { } reviewer)
            {
                CheckParty(definition, reviewer, "annualBilan.reviewer", problems);
            }
            if (bilan.BeforeInstanceCode is { } code && definition.Instance(code) is null)
            {
                problems.Add("annualBilan.beforeInstance", $"instance '{code}' is not defined in governance.instances");
            }
        }

        if (definition.Contribution is { } contribution)
        {
            CheckContribution(definition, contribution, problems);
        }

        if (definition.Termination is { NoticeMonths: < 0 } termination)
        {
            problems.Add("termination.noticeMonths", $"{termination.NoticeMonths} must be 0 or more");
        }
    }

    private static void CheckContribution(ConventionDefinition definition, ContributionTerms contribution, ProblemLog problems)
    {
        if (contribution.AnnualAmount <= 0)
        {
            problems.Add("contribution.annualAmount", $"{contribution.AnnualAmount} must be greater than 0");
        }

        CheckParty(definition, contribution.PayerPartyId, "contribution.payer", problems);
        CheckParty(definition, contribution.CallerPartyId, "contribution.caller", problems);
        ConventionDefinitionValidator.CheckKeys(contribution.Documents, d => d.Id, "contribution.documents", "id", problems);
        for (var i = 0; i < contribution.Documents.Count; i++)
        {
            ConventionDefinitionValidator.CheckSlug(contribution.Documents[i].Id, $"contribution.documents[{i}].id", problems);
        }
    }

    private static void CheckParty(ConventionDefinition definition, string partyId, string path, ProblemLog problems)
    {
        if (definition.Party(partyId) is null)
        {
            problems.Add(path, $"party '{partyId}' is not defined in parties");
        }
    }
}
