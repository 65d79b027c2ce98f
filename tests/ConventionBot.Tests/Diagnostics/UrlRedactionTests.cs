using ConventionBot.Diagnostics;

namespace ConventionBot.Tests.Diagnostics;

public sealed class UrlRedactionTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1xYz-Q/activities/1712345678901",
        "https://smba.trafficmanager.net/emea/v3/conversations/*")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/19:abc@thread.tacv2/activities",
        "https://smba.trafficmanager.net/amer/v3/conversations/*")]
    [InlineData("https://acct.table.core.windows.net/cbConversationReferences(PartitionKey='c',RowKey='a%3A1xYz')?$format=json",
        "https://acct.table.core.windows.net/cbConversationReferences(*)")]
    [InlineData("https://acct.table.core.windows.net/cbSubscriptions()?$filter=PartitionKey%20eq%20%27a%3A1%27",
        "https://acct.table.core.windows.net/cbSubscriptions(*)")]
    [InlineData("https://acct.table.core.windows.net/$batch", "https://acct.table.core.windows.net/$batch")]
    [InlineData("https://login.microsoftonline.com/6d1f0c2a-0b7e-4f4c-9d55-1e0f2a3b4c5d/oauth2/v2.0/token",
        "https://login.microsoftonline.com/*")]
    [InlineData("https://host/meetings/5e1f0c2a7b3d4e9f8a610c2d4b6e8f10", "https://host/meetings/*")]
    [InlineData("https://host.example", "https://host.example")]
    [InlineData("https://host.example/", "https://host.example/")]
    public void Redact_Url_KeepsOriginAndPlainWordsOnly(string url, string expected) =>
        Assert.Equal(expected, UrlRedaction.Redact(url));

    [Theory]
    [InlineData("/api/messages", "/api/messages")]
    [InlineData("/exports/amp-arhlm-2022-2024/bilan-2023.html?t=signed-token", "/exports/*")]
    [InlineData("/healthz?probe=1", "/healthz")]
    public void RedactPath_Path_KeepsPlainWordsAndDropsTheQuery(string path, string expected) =>
        Assert.Equal(expected, UrlRedaction.RedactPath(path));
}
