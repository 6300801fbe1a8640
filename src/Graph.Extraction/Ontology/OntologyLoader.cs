using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>
/// Reads an ontology YAML file and validates it strictly: every problem is reported with file, line and column,
/// and no name that could not be a safe Cypher identifier gets through.
/// </summary>
public static class OntologyLoader
{
    public static OntologyDefinition Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OntologyException(path, 0, 0, $"cannot read the ontology file: {ex.Message}");
        }
        return Parse(text, path);
    }

    public static OntologyDefinition Parse(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new OntologyException(sourceName, (int)ex.Start.Line, (int)ex.Start.Column, $"YAML syntax error: {ex.InnerException?.Message ?? ex.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a position) on some unterminated flow collections,
            // e.g. "languages: [fr, en" followed by more keys: report where the last good node ended.
            var end = parser.Current?.End ?? Mark.Empty;
            throw new OntologyException(sourceName, (int)end.Line, (int)end.Column,
                "YAML syntax error after this point: the text that follows cannot be read; look for an unclosed '[' or '{' or a missing quote.");
        }
        if (stream.Documents.Count != 1)
        {
            throw new OntologyException(sourceName, 1, 1, $"expected exactly one YAML document, found {stream.Documents.Count}.");
        }
        var ontology = new OntologyReader(new YamlNodes(sourceName), sourceName).Read(stream.Documents[0].RootNode);
        // The gazetteer's data, the built-in grammar and the legacy kinds are part of what the ontology says: new data gives a new hash and re-reads articles.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yaml + ontology.GazetteerHash + GrammarReader.BuiltInText + LegacyKinds.Text)));
        return ontology with { ContentHash = hash[..12] };
    }
}
