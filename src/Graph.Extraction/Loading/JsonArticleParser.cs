using System.Text;
using System.Text.Json;

namespace Graph.Extraction.Loading;

/// <summary>
/// Reads a JSON article: an object with <c>text</c> (required) and optional <c>title</c>, <c>url</c>,
/// <c>published</c>, <c>source</c>, <c>language</c>. Property names are matched case-insensitively; a few common
/// synonyms (body, content, date, lang) are accepted because feeds disagree on names.
/// </summary>
/// <remarks>
/// One forward pass of <see cref="Utf8JsonReader"/> over the file's bytes, instead of decoding them to a string
/// and building a <see cref="JsonDocument"/> from it. The whole input is still read before any field is judged,
/// so malformed JSON is reported before a missing or mistyped field, as a document parse did.
/// </remarks>
internal static class JsonArticleParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    // Each field and the property names that give it, most preferred first.
    private static readonly string[][] Fields =
    [
        ["text", "body", "content"],
        ["title", "headline"],
        ["published", "date", "published_at", "datePublished"],
        ["url", "link"],
        ["source", "site", "publisher"],
        ["language", "lang"],
    ];

    private static readonly byte[][][] FieldsUtf8 = [.. Fields.Select(names => names.Select(Encoding.UTF8.GetBytes).ToArray())];

    private const int NamesPerField = 4;

    internal static ParsedArticle Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    internal static ParsedArticle Parse(ReadOnlySpan<byte> utf8)
    {
        var found = new FoundProperty[Fields.Length * NamesPerField];
        JsonTokenType root;
        try
        {
            root = Scan(utf8, found);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new ArticleReadException($"is not valid JSON (line {line}, position {position}): {FirstSentence(ex.Message)}");
        }

        if (root != JsonTokenType.StartObject)
        {
            throw new ArticleReadException($"must contain a JSON object with a \"text\" property, not a JSON {KindName(root)}");
        }

        var text = Field(found, 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException("has no article text: the JSON object needs a non-empty \"text\" string property");
        }

        return new ParsedArticle(
            Body: text,
            Title: Field(found, 1),
            Published: Field(found, 2),
            Url: Field(found, 3),
            Source: Field(found, 4),
            Language: Field(found, 5));
    }

    /// <summary>Reads the whole input, keeping the first top-level property of each accepted name; returns the root's token type.</summary>
    private static JsonTokenType Scan(ReadOnlySpan<byte> utf8, FoundProperty[] found)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        reader.Read();
        var root = reader.TokenType;
        if (root == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var (slot, name) = Match(ref reader, found);
                reader.Read();
                if (slot >= 0)
                {
                    found[slot] = FoundProperty.Of(ref reader, name);
                }
                reader.Skip();
            }
        }
        else
        {
            reader.Skip();
        }

        // After the root value the reader accepts only whitespace and comments: anything else throws here.
        _ = reader.Read();
        return root;
    }

    /// <summary>The slot of an accepted property name not seen before (or -1), and the name for error messages.</summary>
    private static (int Slot, string Name) Match(ref Utf8JsonReader reader, FoundProperty[] found)
    {
        var plain = !reader.ValueIsEscaped && !reader.HasValueSequence && System.Text.Ascii.IsValid(reader.ValueSpan);
        // Ignoring ASCII case on the raw bytes is what OrdinalIgnoreCase does for ASCII names; any other name is
        // decoded and compared as a string, since some non-ASCII letters upper-case to ASCII ones.
        var decoded = plain ? null : reader.GetString();
        for (var field = 0; field < Fields.Length; field++)
        {
            for (var n = 0; n < Fields[field].Length; n++)
            {
                var matches = plain
                    ? System.Text.Ascii.EqualsIgnoreCase(reader.ValueSpan, FieldsUtf8[field][n])
                    : string.Equals(decoded, Fields[field][n], StringComparison.OrdinalIgnoreCase);
                var slot = field * NamesPerField + n;
                if (matches && found[slot].Kind == JsonTokenType.None)
                {
                    return (slot, decoded ?? reader.GetString()!);
                }
            }
        }
        return (-1, string.Empty);
    }

    /// <summary>The first of a field's names present as a string; other value kinds are an error.</summary>
    private static string? Field(FoundProperty[] found, int field)
    {
        for (var n = 0; n < Fields[field].Length; n++)
        {
            var property = found[field * NamesPerField + n];
            switch (property.Kind)
            {
                case JsonTokenType.None:
                    continue;
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String when property.InvalidEscape:
                    throw new ArticleReadException(
                        $"has a \"{property.Name}\" string with an invalid \\u escape (half of a surrogate pair); fix the escape or save the text as plain UTF-8");
                case JsonTokenType.String:
                    return property.Value;
                default:
                    throw new ArticleReadException($"has a \"{property.Name}\" property that is a JSON {KindName(property.Kind)}; expected a string");
            }
        }

        return null;
    }

    private static string KindName(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <param name="Kind">The value's token type; <see cref="JsonTokenType.None"/> while the name is absent.</param>
    private readonly record struct FoundProperty(JsonTokenType Kind, string Name, string? Value, bool InvalidEscape)
    {
        /// <summary>The value at the reader; a \uD800-style escape decodes to half a character, which reading it as a string refuses.</summary>
        public static FoundProperty Of(ref Utf8JsonReader reader, string name)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return new FoundProperty(reader.TokenType, name, null, false);
            }
            try
            {
                return new FoundProperty(JsonTokenType.String, name, reader.GetString(), false);
            }
            catch (InvalidOperationException)
            {
                return new FoundProperty(JsonTokenType.String, name, null, true);
            }
        }
    }
}
