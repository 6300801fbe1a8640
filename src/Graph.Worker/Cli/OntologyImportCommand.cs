using Graph.Evaluation;
using Graph.Evaluation.Text2KgBench;
using Graph.Extraction.Ontology;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Cli;

/// <summary><c>graph ontology import --text2kgbench ONT.json [--out FILE]</c>: a starting YAML ontology, checked before it is written.</summary>
internal static class OntologyImportCommand
{
    public static async Task<int> RunAsync(string source, string? output, CommandConsole console)
    {
        string yaml;
        try
        {
            // A type named as a legacy type keeps the kind an ontology without kinds gave it ("Location": location).
            yaml = OntologyImport.ToYaml(BenchmarkOntology.Load(source), EntityKinds.LegacyKindNameOf);
        }
        catch (GoldFormatException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }
        // What is written must load: an import that produced an invalid ontology is refused here, not at start-up.
        var ontology = OntologyLoader.Parse(yaml, output ?? source);
        if (output is null)
        {
            await console.Output.WriteAsync(yaml).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        await File.WriteAllTextAsync(output, yaml).ConfigureAwait(false);
        await console.Error.WriteLineAsync(
            $"wrote {output}: {ontology.EntityTypes.Length} entity types, {ontology.RelationTypes.Length} relation types").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
