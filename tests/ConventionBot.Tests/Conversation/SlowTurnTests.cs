using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Conversation;

public sealed class SlowTurnTests
{
    [Fact]
    public async Task Post_ConnectorNeverAnswers_Answers200OnceResponseWaitIsOver()
    {
        // Arrange: a connector that accepts the connection and never answers; the attempt times out later.
        using var silentConnector = new TcpListener(IPAddress.Loopback, 0);
        silentConnector.Start();
        var serviceUrl = $"http://127.0.0.1:{((IPEndPoint)silentConnector.LocalEndpoint).Port}";
        await using var app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["Bot:ResponseWait"] = "00:00:00.300",
            ["Connector:AttemptTimeout"] = "00:00:04",
            ["Connector:MaxRetryAttempts"] = "1",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
        });
        using var client = app.CreateClient();
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages")); // Start-up is not the point here.
        var watch = Stopwatch.StartNew();

        // Act
        var response = await client.PostAsync(Activities.Message(serviceUrl, "aide"));

        // Assert: answered after the wait, long before the turn could end (two attempts of 4 s).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(6));
    }
}
