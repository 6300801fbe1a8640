using System.Globalization;
using System.Text;
using System.Xml;

namespace Graph.Worker.Export;

/// <summary>
/// Writes the dump as one GraphML file, as Gephi reads it: directed edges, one typed <c>&lt;key&gt;</c> per property,
/// <c>labels</c> (":Entity:Person") and a display <c>label</c> on nodes (name, title or id), <c>label</c> = type on
/// edges. GraphML has no lists: list values are joined with "; ".
/// </summary>
internal static class GraphMlExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(GraphDump dump, string path, CancellationToken cancellationToken)
    {
        var nodeColumns = PropertyColumn.Infer(dump.Nodes.Select(n => n.Properties));
        var edgeColumns = PropertyColumn.Infer(dump.Relationships.Select(r => r.Properties));
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var stream = File.Create(path);
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "labels", "node", "labels", "string");
        Key(xml, "label", "node", "label", "string");
        foreach (var column in nodeColumns)
        {
            Key(xml, $"n_{column.Name}", "node", column.Name, TypeOf(column));
        }

        Key(xml, "type", "edge", "type", "string");
        Key(xml, "edge_label", "edge", "label", "string");
        foreach (var column in edgeColumns)
        {
            Key(xml, $"e_{column.Name}", "edge", column.Name, TypeOf(column));
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in dump.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Key);
            Data(xml, "labels", ":" + string.Join(':', node.Labels));
            Data(xml, "label", DisplayName(node));
            WriteProperties(xml, "n_", nodeColumns, node.Properties);
            xml.WriteEndElement();
        }

        foreach (var relationship in dump.Relationships)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", relationship.Key);
            xml.WriteAttributeString("source", relationship.StartKey);
            xml.WriteAttributeString("target", relationship.EndKey);
            Data(xml, "type", relationship.Type);
            Data(xml, "edge_label", relationship.Type);
            WriteProperties(xml, "e_", edgeColumns, relationship.Properties);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static string DisplayName(DumpNode node)
    {
        foreach (var key in new[] { "name", "title", "relation", "id" })
        {
            if (node.Properties.GetValueOrDefault(key) is string { Length: > 0 } value)
            {
                return value;
            }
        }

        return node.Key;
    }

    private static void WriteProperties(XmlWriter xml, string prefix, IReadOnlyList<PropertyColumn> columns, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var column in columns)
        {
            var values = column.Values(properties);
            if (values.Count > 0)
            {
                Data(xml, prefix + column.Name, string.Join("; ", values.Select(v => Format(v))));
            }
        }
    }

    private static string TypeOf(PropertyColumn column) => column.IsArray ? "string" : column.Kind switch
    {
        ValueKind.Long => "long",
        ValueKind.Double => "double",
        ValueKind.Boolean => "boolean",
        _ => "string",
    };

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Drops the control characters XML 1.0 cannot carry at all (articles are untrusted text).</summary>
    private static string XmlSafe(string value) =>
        value.All(XmlConvert.IsXmlChar) ? value : new string(value.Where(XmlConvert.IsXmlChar).ToArray());
}
