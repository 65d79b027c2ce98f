using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>The real Azurite started by scripts/test.sh; tests fail loudly without it.</summary>
public static class TestStorage
{
    public const string Variable = "CONVENTIONBOT_TEST_TABLES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with scripts/test.sh, which starts Azurite and sets it.");

    public const string BlobVariable = "CONVENTIONBOT_TEST_BLOBS";

    /// <summary>The test Azurite's account with its blob endpoint (scripts/test.sh starts the blob service too).</summary>
    public static string BlobConnectionString =>
        Environment.GetEnvironmentVariable(BlobVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{BlobVariable} is not set. Run the tests with scripts/test.sh, which starts Azurite's blob service and sets it.");

    /// <summary>A client of the test Azurite with the app's own options (retries, Table Storage's limits checked on every write).</summary>
    public static TableServiceClient ServiceClient() => new(ConnectionString, StorageServiceCollectionExtensions.CreateClientOptions());

    /// <summary>A table prefix no other test uses, so tests never see each other's rows.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];
}
