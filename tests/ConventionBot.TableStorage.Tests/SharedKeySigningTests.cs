using Azure;

namespace ConventionBot.TableStorage.Tests;

public sealed class SharedKeySigningTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string Date = "Sat, 21 Nov 2026 23:38:02 GMT";

    // Vectors computed independently with:
    // printf '%s\n%s' "$DATE" "$RESOURCE" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(printf %s "$KEY" | base64 -d | xxd -p -c 256)" -binary | base64
    [Theory]
    [InlineData("devstoreaccount1", "http://127.0.0.1:10002/devstoreaccount1/Tables", "/devstoreaccount1/devstoreaccount1/Tables", "wwFX6bVzdUReVk0MBuEALI6lg3BehvEoqJsLjFbCJW4=")]
    [InlineData(
        "myaccount",
        "https://myaccount.table.core.windows.net/mytable(PartitionKey='O%27%27Hara',RowKey='%C3%A9')?$filter=x&comp=acl",
        "/myaccount/mytable(PartitionKey='O%27%27Hara',RowKey='%C3%A9')?comp=acl",
        "YDPQVuGIFJnuzoYzrlGntmMhdbkBT0CQSXClk8VxXVw=")]
    public void StringToSign_KnownRequest_MatchesOpenSslSignature(string account, string uri, string resource, string expected)
    {
        // Arrange
        var credential = new TableSharedKeyCredential(account, Key);

        // Act
        var stringToSign = TableSharedKeyPipelinePolicy.StringToSign(Date, account, new Uri(uri));
        var signature = credential.ComputeHmacSha256(stringToSign);

        // Assert
        Assert.Equal($"{Date}\n{resource}", stringToSign);
        Assert.Equal(expected, signature);
    }

    [Fact]
    public void TableSharedKeyCredential_KeyNotBase64_Throws()
    {
        // Act
        var ex = Assert.Throws<ArgumentException>(() => new TableSharedKeyCredential("acct", "not*base64"));

        // Assert
        Assert.Equal("accountKey", ex.ParamName);
    }
}
