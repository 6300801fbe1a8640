using System.CommandLine;

namespace Graph.Worker.Cli;

/// <summary>The <c>graph</c> command line: one sub-command per file of this folder.</summary>
internal static class GraphCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Builds a knowledge graph in Neo4j from news articles, guided by an ontology.");
        root.Add(new IngestCommand());
        root.Add(new RunCommand());
        root.Add(new PublishCommand());
        root.Add(new FollowCommand());
        root.Add(new ExtractCommand());
        root.Add(new EvalCommand());
        root.Add(new OntologyCommand());
        root.Add(new RetractCommand());
        root.Add(new ViewCommand());
        root.Add(new ExportCommand());
        root.Add(new BenchCommand());
        return root;
    }

    public static Task<int> InvokeAsync(string[] args)
    {
        var configuration = new InvocationConfiguration
        {
            // Commands handle Ctrl+C themselves (finish the article in hand); no forced exit after a timeout.
            ProcessTerminationTimeout = null,
        };
        return Create().Parse(args).InvokeAsync(configuration);
    }
}
