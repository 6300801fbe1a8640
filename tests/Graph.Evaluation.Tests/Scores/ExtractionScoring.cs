using Graph.Core.Extraction;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Evaluation.Tests.Scores;

/// <summary>Runs the shipped ontology and extractor over a folder of articles and scores it against gold.</summary>
internal static class ExtractionScoring
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The shared folder beside the repository (gold annotations, dev set), or null in a plain clone.</summary>
    public static string? SharedFolder()
    {
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    public static async Task<EvaluationReport> ScoreAsync(string articles, string gold, string aliases)
    {
        var pipeline = new ExtractionPipeline(OntologyLoader.Load(Path.Combine(RepositoryRoot(), "ontology", "ontology.yaml")));
        var extracted = new List<ArticleExtraction>();
        await foreach (var file in new FileArticleSource([articles]).ReadAsync(CancellationToken.None))
        {
            Assert.True(file.Succeeded, $"{file.Path}: {file.Error}");
            extracted.Add(pipeline.Extract(file.Article!));
        }
        return Evaluator.Evaluate(GoldSet.Load(gold), AliasTable.Load(aliases), extracted);
    }
}
