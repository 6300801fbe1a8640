using System.Text.Json;

namespace Graph.Extraction.Loading;

/// <summary>
/// Reads a JSON article: an object with <c>text</c> (required) and optional <c>title</c>, <c>url</c>,
/// <c>published</c>, <c>source</c>, <c>language</c>. Property names are matched case-insensitively; a few common
/// synonyms (body, content, date, lang) are accepted because feeds disagree on names.
/// </summary>
internal static class JsonArticleParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    internal static ParsedArticle Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new ArticleReadException($"is not valid JSON (line {line}, position {position}): {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleReadException($"must contain a JSON object with a \"text\" property, not a JSON {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var text = String(root, "text", "body", "content");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArticleReadException("has no article text: the JSON object needs a non-empty \"text\" string property");
            }

            return new ParsedArticle(
                Body: text,
                Title: String(root, "title", "headline"),
                Published: String(root, "published", "date", "published_at", "datePublished"),
                Url: String(root, "url", "link"),
                Source: String(root, "source", "site", "publisher"),
                Language: String(root, "language", "lang"));
        }
    }

    /// <summary>The first of <paramref name="names"/> present as a string; other value kinds are an error.</summary>
    private static string? String(JsonElement root, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (!property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => Text(property),
                    JsonValueKind.Null => null,
                    _ => throw new ArticleReadException(
                        $"has a \"{property.Name}\" property that is a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}; expected a string"),
                };
            }
        }

        return null;
    }

    // A \uD800-style escape decodes to half a character: System.Text.Json refuses it at GetString.
    private static string? Text(JsonProperty property)
    {
        try
        {
            return property.Value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new ArticleReadException(
                $"has a \"{property.Name}\" string with an invalid \\u escape (half of a surrogate pair); fix the escape or save the text as plain UTF-8");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
