using Microsoft.Identity.Client;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Lets MSAL use a pooled named client from <see cref="IHttpClientFactory"/>.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string ClientName = "ConventionBot.BotFramework.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ClientName);
}
