using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>Runs the real pipeline with the repository's ontology on a hand-written article.</summary>
internal static class Extractor
{
    private static readonly Lazy<ExtractionPipeline> Shared = new(() => new ExtractionPipeline(OntologyLoader.Load(OntologyPath)));

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Graph.sln")))
            {
                folder = folder.Parent;
            }
            return folder?.FullName ?? throw new InvalidOperationException("Graph.sln not found above the test binaries.");
        }
    }

    public static string OntologyPath => Path.Combine(RepositoryRoot, "ontology", "ontology.yaml");

    public static ArticleExtraction Run(string text, string language, string? published = null) =>
        Run(Shared.Value, text, language, published);

    public static ArticleExtraction Run(ExtractionPipeline pipeline, string text, string language, string? published = null) =>
        pipeline.Extract(new Article("test", "test.txt", null, text, language, published, null, null, "0"));

    public static ExtractedEntity? Entity(this ArticleExtraction extraction, string id) =>
        extraction.Entities.FirstOrDefault(e => e.Id == id);

    public static bool Has(this ArticleExtraction extraction, string subject, string relation, string? obj = null) =>
        extraction.Relations.Any(f => f.Subject == subject && f.Type == relation && (obj is null || f.Object == obj));

    public static string? TypeOfEntityNamed(this ArticleExtraction extraction, string name) =>
        extraction.Entities.FirstOrDefault(e => e.Name == name)?.Type;

    /// <summary>A readable dump for assertion messages.</summary>
    public static string Describe(this ArticleExtraction extraction) =>
        string.Join("; ", extraction.Entities.Select(e => $"{e.Id}:{e.Type}"))
        + " | " + string.Join("; ", extraction.Relations.Select(f => $"{f.Subject} {f.Type} {f.Object}"));
}
