using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Worker.Visualization;

/// <summary>
/// Writes the view as one HTML file: the page template, its style and script, the vis-network library (fetched from
/// npm at build time and embedded in this assembly) and the graph as JSON. Nothing is loaded from the network.
/// </summary>
internal static class HtmlPageWriter
{
    private const string ResourcePrefix = "Graph.Worker.Visualization.Page.";

    // The encoder escapes <, >, & and quotes as \uXXXX, so article text cannot close the <script> element it sits in.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Default,
    };

    public static string Render(ViewGraph graph)
    {
        var template = Resource("view.html");
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STYLE"] = Resource("view.css"),
            ["LIBRARY"] = ScriptSafe(Resource("vis-network.min.js")),
            ["DATA"] = JsonSerializer.Serialize(graph, Json),
            ["APP"] = ScriptSafe(Resource("view.js")),
        };

        // One pass over the template only: a placeholder-looking string inside the library or the data stays as is.
        var page = new StringBuilder(template.Length + parts.Values.Sum(p => p.Length));
        var position = 0;
        while (true)
        {
            var open = template.IndexOf("/*{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var close = template.IndexOf("}}*/", open, StringComparison.Ordinal);
            var name = template[(open + 4)..close];
            page.Append(template, position, open - position).Append(parts[name]);
            position = close + 4;
        }

        return page.Append(template, position, template.Length - position).ToString();
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Resource {ResourcePrefix}{name} is missing from the build (see Graph.Worker.csproj).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Inline script must not contain "&lt;/script"; "&lt;\/" means the same inside JavaScript strings and regexes.</summary>
    private static string ScriptSafe(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
}
