using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>The real Azurite started by scripts/test.sh; tests fail loudly without it.</summary>
public static class TestStorage
{
    public const string Variable = "CONVENTIONBOT_TEST_TABLES";

    public const string BlobVariable = "CONVENTIONBOT_TEST_BLOBS";

    public static string ConnectionString => Required(Variable);

    /// <summary>The test Azurite's account with its blob endpoint (scripts/test.sh starts the blob service too).</summary>
    public static string BlobConnectionString => Required(BlobVariable);

    /// <summary>A client of the test Azurite with the app's own options (retries, Table Storage's limits checked on every write).</summary>
    public static TableServiceClient ServiceClient() => new(ConnectionString, StorageServiceCollectionExtensions.CreateClientOptions());

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set. Run the tests with scripts/test.sh, which starts Azurite and sets it.");

    /// <summary>A table prefix no other test uses, so tests never see each other's rows.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];
}
