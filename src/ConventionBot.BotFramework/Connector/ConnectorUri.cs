namespace ConventionBot.BotFramework.Connector;

/// <summary>Joins a serviceUrl and a REST path without losing a base path such as <c>/_connector</c> or <c>/amer</c>.</summary>
internal static class ConnectorUri
{
    public static Uri Combine(Uri serviceUrl, string relativePath)
    {
        var text = serviceUrl.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + relativePath : text + "/" + relativePath);
    }

    /// <summary>Escapes one id as a path segment; Teams ids contain <c>:</c>, <c>@</c>, <c>;</c> and <c>=</c>.</summary>
    public static string Escape(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, paramName);

        // EscapeDataString leaves dot segments alone, and Uri would then resolve them to another path.
        if (id is "." or "..")
        {
            throw new ArgumentException("An id cannot be a dot segment.", paramName);
        }

        return Uri.EscapeDataString(id);
    }
}
