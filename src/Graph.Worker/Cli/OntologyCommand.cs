using System.CommandLine;
using Graph.Extraction.Ontology;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Configuration;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph ontology check [FILE]</c>: load and validate an ontology file; <c>graph ontology import</c>: write one from
/// another format; <c>graph ontology migrate [FILE]</c>: write into a file without kinds the kinds it is read with.
/// </summary>
internal sealed class OntologyCommand : Command
{
    public OntologyCommand()
        : base("ontology", "Work with the ontology file.")
    {
        var check = new Command("check", "Load and validate an ontology; print its size, or the first problem as file:line:col: problem (exit 1).");
        check.Add(File);
        check.SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => CheckAsync(parseResult.GetValue(File), console)));
        Add(check);

        var import = new Command("import", "Write a starting ontology (YAML) from another format: --text2kgbench ONT.json.");
        import.Add(Text2KgBench);
        import.Add(Out);
        import.SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => OntologyImportCommand.RunAsync(parseResult.GetRequiredValue(Text2KgBench), parseResult.GetValue(Out), console)));
        Add(import);

        var migrate = new Command("migrate", "Add to an ontology written before kind: existed the kind of each type named as a legacy type (Person: kind: person ...); the rest of the text is kept.");
        migrate.Add(File);
        migrate.Add(Out);
        migrate.SetAction((parseResult, cancellationToken) =>
            CommandGuard.RunAsync(parseResult, console => MigrateAsync(parseResult.GetValue(File), parseResult.GetValue(Out), console)));
        Add(migrate);
    }

    public Option<string> Text2KgBench { get; } = new("--text2kgbench")
    {
        Description = "A Text2KGBench ontology (JSON: concepts, relations with domain and range).",
        HelpName = "ONT.json",
        Required = true,
    };

    public Option<string?> Out { get; } = new("--out")
    {
        Description = "Where to write the YAML ontology (import, migrate). Default: standard output.",
        HelpName = "FILE",
    };

    public Argument<string?> File { get; } = new("file")
    {
        Description = "The ontology to check or migrate. Default: Graph:OntologyPath (ontology/ontology.yaml).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static async Task<int> CheckAsync(string? file, CommandConsole console)
    {
        var path = file ?? DefaultPath();
        OntologyDefinition ontology;
        try
        {
            ontology = OntologyLoader.Load(path);
        }
        catch (OntologyException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await console.Output.WriteLineAsync(
            $"ok: {ontology.EntityTypes.Length} entity types, {ontology.Entities.Length} entities, {ontology.RelationTypes.Length} relation types")
            .ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> MigrateAsync(string? file, string? output, CommandConsole console)
    {
        var path = file ?? DefaultPath();
        string yaml;
        int added;
        try
        {
            (yaml, added) = OntologyKindMigration.AddKinds(await System.IO.File.ReadAllTextAsync(path).ConfigureAwait(false), path);
        }
        catch (OntologyException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }
        if (output is null)
        {
            await console.Output.WriteAsync(yaml).ConfigureAwait(false);
        }
        else
        {
            await System.IO.File.WriteAllTextAsync(output, yaml).ConfigureAwait(false);
        }
        await console.Error.WriteLineAsync($"{path}: {added} entity types got a kind").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>The configured ontology, read straight from configuration: checking needs no other service.</summary>
    private static string DefaultPath()
    {
        var configuration = GraphHost.CreateBuilder(worker: false).Configuration;
        var options = configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        return RepositoryRoot.Resolve(options.OntologyPath);
    }
}
