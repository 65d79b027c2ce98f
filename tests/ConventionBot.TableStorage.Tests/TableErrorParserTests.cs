using System.Text;
using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage.Tests;

public sealed class TableErrorParserTests
{
    [Fact]
    public void CreateException_ErrorCodeHeader_WinsOverBody()
    {
        // Arrange
        var response = Response(409, """{"odata.error":{"code":"FromBody","message":{"value":"m"}}}""", new HttpHeader("x-ms-error-code", "FromHeader"));

        // Act
        var ex = TableRestClient.CreateException(response);

        // Assert
        Assert.Equal((409, "FromHeader"), (ex.Status, ex.ErrorCode));
    }

    [Fact]
    public void CreateException_ODataJsonBodyOnly_ReadsCode()
    {
        // Arrange
        var response = Response(409, """{"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"1:The specified entity already exists."}}}""");

        // Act
        var ex = TableRestClient.CreateException(response);

        // Assert
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Equal(1, TableBatchReader.FailedActionIndex(response));
    }

    [Fact]
    public void CreateException_XmlBodyOnly_ReadsCode()
    {
        // Arrange
        var response = Response(403, """<?xml version="1.0" encoding="UTF-8"?><Error><Code>AuthorizationFailure</Code><Message>Denied</Message></Error>""");

        // Act
        var ex = TableRestClient.CreateException(response);

        // Assert
        Assert.Equal((403, "AuthorizationFailure"), (ex.Status, ex.ErrorCode));
    }

    [Fact]
    public void CreateException_EmptyOrGarbledBody_KeepsStatusWithoutCode()
    {
        // Act
        var empty = TableRestClient.CreateException(Response(400, string.Empty));
        var garbled = TableRestClient.CreateException(Response(500, "{not json"));

        // Assert
        Assert.Equal((400, null), (empty.Status, empty.ErrorCode));
        Assert.Equal((500, null), (garbled.Status, garbled.ErrorCode));
    }

    private static BatchPartResponse Response(int status, string body, params HttpHeader[] headers) =>
        new(status, "Reason", headers, Encoding.UTF8.GetBytes(body), "request-id");
}
