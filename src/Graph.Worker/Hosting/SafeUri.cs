namespace Graph.Worker.Hosting;

/// <summary>Renders a server address for messages without the credentials it may embed.</summary>
internal static class SafeUri
{
    public static string Redact(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            return "(none)";
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            // Unparseable: it may still hold a password, so show no more than its scheme-like prefix.
            var colon = uri.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? uri[..colon] + ":…" : "(invalid address)";
        }

        return string.IsNullOrEmpty(parsed.UserInfo)
            ? parsed.GetLeftPart(UriPartial.Path)
            : new UriBuilder(parsed) { UserName = string.Empty, Password = string.Empty, Query = string.Empty }.Uri.GetLeftPart(UriPartial.Path);
    }
}
