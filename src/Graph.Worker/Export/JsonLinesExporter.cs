using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Worker.Export;

/// <summary>
/// Writes the dump as JSON Lines (<c>graph.jsonl</c>), one object per line, nodes first, in the shape APOC's JSON
/// export uses: <c>{"type":"node","id","labels","properties"}</c> and
/// <c>{"type":"relationship","id","label","start","end","properties"}</c>. Lists stay lists, numbers stay numbers.
/// </summary>
internal static class JsonLinesExporter
{
    // A data file, not a web page: accented text stays readable (only what JSON itself requires is escaped).
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(GraphDump dump, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        foreach (var node in dump.Nodes)
        {
            await writer.WriteLineAsync(Line(json =>
            {
                json.WriteString("type", "node");
                json.WriteString("id", node.Key);
                json.WriteStartArray("labels");
                node.Labels.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                Properties(json, node.Properties);
            }).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var relationship in dump.Relationships)
        {
            await writer.WriteLineAsync(Line(json =>
            {
                json.WriteString("type", "relationship");
                json.WriteString("id", relationship.Key);
                json.WriteString("label", relationship.Type);
                json.WriteString("start", relationship.StartKey);
                json.WriteString("end", relationship.EndKey);
                Properties(json, relationship.Properties);
            }).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Line(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Properties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties)
    {
        json.WritePropertyName("properties");
        JsonSerializer.Serialize(json, properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value), Json);
    }
}
