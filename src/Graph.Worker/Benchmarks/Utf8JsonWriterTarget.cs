using System.Text.Json;

namespace Graph.Worker.Benchmarks;

/// <summary>Writes one article as the JSON object <c>graph ingest</c> reads, straight to its file.</summary>
internal sealed class Utf8JsonWriterTarget(Stream stream)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Accents and quotes stay readable in the files; they are data files, never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(string title, string text, string published, string source, string language, string url)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteString("title", title);
        writer.WriteString("published", published);
        writer.WriteString("source", source);
        writer.WriteString("language", language);
        writer.WriteString("url", url);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
