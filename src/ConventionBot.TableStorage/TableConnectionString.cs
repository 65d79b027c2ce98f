using System.Net;

namespace ConventionBot.TableStorage;

/// <summary>A parsed storage connection string: the table endpoint and either a shared key or a SAS.</summary>
/// <remarks>A class, not a record: a generated ToString would print the SAS.</remarks>
internal sealed class TableConnectionString(Uri endpoint, string accountName, TableSharedKeyCredential? credential, string? sas)
{
    public const string DevelopmentAccountName = "devstoreaccount1";
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public Uri Endpoint { get; } = endpoint;

    public string AccountName { get; } = accountName;

    public TableSharedKeyCredential? Credential { get; } = credential;

    public string? Sas { get; } = sas;

    /// <exception cref="FormatException">The string is malformed or lacks what is needed; the message says what.</exception>
    public static TableConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = ParseSettings(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return ParseDevelopment(development, settings);
        }

        var endpoint = settings.TryGetValue("TableEndpoint", out var tableEndpoint) ? ParseEndpoint(tableEndpoint) : null;
        if (settings.TryGetValue("AccountName", out var accountName) && settings.TryGetValue("AccountKey", out var accountKey))
        {
            endpoint ??= settings.TryGetValue("EndpointSuffix", out var suffix)
                ? ParseEndpoint($"{settings.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{accountName}.table.{suffix}")
                : throw new FormatException("The connection string has AccountName and AccountKey but neither TableEndpoint nor EndpointSuffix.");
            return new(endpoint, accountName, CreateCredential(accountName, accountKey), null);
        }

        if (settings.TryGetValue("SharedAccessSignature", out var sas))
        {
            return endpoint is null
                ? throw new FormatException("A connection string with SharedAccessSignature needs a TableEndpoint.")
                : new(endpoint, AccountNameFromEndpoint(endpoint), null, sas.TrimStart('?'));
        }

        throw new FormatException(
            "No valid combination of account information found: use UseDevelopmentStorage=true, "
            + "AccountName + AccountKey + TableEndpoint (or EndpointSuffix), or TableEndpoint + SharedAccessSignature.");
    }

    /// <summary>The first DNS label of the host, or the first path segment for IP/localhost (path-style, e.g. Azurite).</summary>
    public static string AccountNameFromEndpoint(Uri endpoint)
    {
        var pathStyle = endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host, out _);
        var name = pathStyle ? endpoint.AbsolutePath.Trim('/').Split('/')[0] : endpoint.Host.Split('.')[0];
        return name.Length > 0 ? name : throw new FormatException($"Cannot tell the account name from the endpoint '{endpoint}'.");
    }

    private static Dictionary<string, string> ParseSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == segment.Length - 1)
            {
                // Never quote the segment itself: it may be a secret.
                throw new FormatException($"Connection string segment {i + 1} is not of the form Key=Value.");
            }

            if (!settings.TryAdd(segment[..equals].Trim(), segment[(equals + 1)..].Trim()))
            {
                throw new FormatException($"The connection string sets '{segment[..equals]}' twice.");
            }
        }

        return settings.Count > 0 ? settings : throw new FormatException("The connection string is empty.");
    }

    private static TableConnectionString ParseDevelopment(string value, Dictionary<string, string> settings)
    {
        if (!string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("UseDevelopmentStorage only accepts 'true'.");
        }

        var proxy = settings.TryGetValue("DevelopmentStorageProxyUri", out var proxyUri) ? ParseEndpoint(proxyUri) : null;
        var endpoint = new UriBuilder(proxy?.Scheme ?? "http", proxy?.Host ?? "127.0.0.1", 10002, DevelopmentAccountName).Uri;
        var credential = new TableSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey);
        return new(endpoint, DevelopmentAccountName, credential, null);
    }

    private static Uri ParseEndpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new FormatException($"'{value}' is not an absolute http(s) endpoint.");

    private static TableSharedKeyCredential CreateCredential(string accountName, string accountKey)
    {
        try
        {
            return new TableSharedKeyCredential(accountName, accountKey);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException("The connection string's AccountKey is not valid Base64.", ex);
        }
    }
}
