namespace ConventionBot.TableStorage.Tests;

public sealed class ConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Parse_UseDevelopmentStorage_UsesAzuriteDefaults()
    {
        // Act
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.Endpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal("devstoreaccount1", parsed.Credential!.AccountName);
        Assert.Null(parsed.Sas);
    }

    [Fact]
    public void Parse_DevelopmentStorageProxyUri_ReplacesSchemeAndHostKeepsPort()
    {
        // Act
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=https://azurite.local:8080");

        // Assert
        Assert.Equal(new Uri("https://azurite.local:10002/devstoreaccount1"), parsed.Endpoint);
    }

    [Fact]
    public void Parse_AccountKeyWithTableEndpoint_UsesEndpointAsIs()
    {
        // Act
        var parsed = TableConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:10102/devstoreaccount1;");

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:10102/devstoreaccount1"), parsed.Endpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.NotNull(parsed.Credential);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;", "https://acct.table.core.windows.net/")]
    [InlineData("DefaultEndpointsProtocol=http;", "http://acct.table.core.windows.net/")]
    [InlineData("", "https://acct.table.core.windows.net/")]
    public void Parse_AccountKeyWithEndpointSuffix_BuildsEndpointFromProtocolAndSuffix(string protocol, string expected)
    {
        // Act
        var parsed = TableConnectionString.Parse($"{protocol}AccountName=acct;AccountKey={Key};EndpointSuffix=core.windows.net");

        // Assert
        Assert.Equal(new Uri(expected), parsed.Endpoint);
        Assert.Equal("acct", parsed.AccountName);
    }

    [Fact]
    public void Parse_SharedAccessSignature_KeepsSasAndDerivesAccountFromHost()
    {
        // Act
        var parsed = TableConnectionString.Parse("TableEndpoint=https://acct.table.core.windows.net/;SharedAccessSignature=?sv=2020-12-06&sig=abc%3D");

        // Assert
        Assert.Equal("acct", parsed.AccountName);
        Assert.Equal("sv=2020-12-06&sig=abc%3D", parsed.Sas);
        Assert.Null(parsed.Credential);
    }

    [Fact]
    public void AccountNameFromEndpoint_PathStyleLoopback_UsesFirstPathSegment()
    {
        // Act
        var name = TableConnectionString.AccountNameFromEndpoint(new Uri("http://127.0.0.1:10002/devstoreaccount1"));

        // Assert
        Assert.Equal("devstoreaccount1", name);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("AccountName", "Key=Value")]
    [InlineData("AccountName=a;AccountName=b", "twice")]
    [InlineData("UseDevelopmentStorage=false", "only accepts 'true'")]
    [InlineData("AccountName=a;AccountKey=" + Key, "neither TableEndpoint nor EndpointSuffix")]
    [InlineData("AccountName=a;AccountKey=not*base64;EndpointSuffix=core.windows.net", "not valid Base64")]
    [InlineData("SharedAccessSignature=sv=1", "needs a TableEndpoint")]
    [InlineData("TableEndpoint=not a uri;SharedAccessSignature=sv=1", "not an absolute http(s) endpoint")]
    [InlineData("Foo=bar", "No valid combination")]
    public void Parse_BadConnectionString_ThrowsFormatExceptionSayingWhy(string connectionString, string expected)
    {
        // Act
        var ex = Assert.Throws<FormatException>(() => TableConnectionString.Parse(connectionString));

        // Assert
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadSegmentAfterAccountKey_DoesNotLeakTheKey()
    {
        // Act
        var ex = Assert.Throws<FormatException>(() => TableConnectionString.Parse($"AccountKey={Key};AccountKey={Key}"));

        // Assert
        Assert.DoesNotContain(Key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableServiceClient_ConnectionString_ExposesAccountAndEndpoint()
    {
        // Act
        var client = new TableServiceClient($"AccountName=acct;AccountKey={Key};EndpointSuffix=core.windows.net");

        // Assert
        Assert.Equal("acct", client.AccountName);
        Assert.Equal(new Uri("https://acct.table.core.windows.net/orders"), client.GetTableClient("orders").Uri);
    }
}
