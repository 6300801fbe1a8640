using System.Globalization;
using System.Text;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Worker.Benchmarks;

namespace Graph.Worker.Tests.Golden;

/// <summary>
/// Golden snapshots of what extraction finds on the seeds, the 1,000-article synthetic bench corpus and, when the
/// folders are there, the development sets (<c>../shared/dev</c>, <c>../shared/dev2</c>). A snapshot holds entity ids
/// and types and each fact's subject, type, object, sentence offsets, qualifiers and confidence: never article text,
/// so no development text enters the repository. Every change to extraction shows up as a diff of these files;
/// an intended change regenerates them in the same commit: <c>GRAPH_UPDATE_SNAPSHOTS=1 dotnet test --filter Golden</c>.
/// </summary>
public sealed class ExtractionSnapshotTests
{
    private const string UpdateVariable = "GRAPH_UPDATE_SNAPSHOTS";

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipeline(OntologyLoader.Load(Path.Combine(Root, "ontology", "ontology.yaml"))));

    [Fact]
    public Task The_seed_articles_extract_as_their_snapshot() => Check("seeds", Path.Combine(Root, "seeds"));

    [Fact]
    public async Task The_bench_corpus_of_1000_articles_extracts_as_its_snapshot()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graph-golden-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            CorpusGenerator.Generate(folder, 1000, 1, CorpusLanguage.Mixed);
            await Check("bench-1000-1-mixed", folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev2")]
    public async Task A_development_set_extracts_as_its_snapshot_when_present(string set)
    {
        var articles = Path.Combine(Root, "..", "shared", set, "articles");
        if (!Directory.Exists(articles))
        {
            return; // the development sets live outside the repository; machines without them check the rest
        }
        await Check(set, articles);
    }

    private static async Task Check(string name, string folder)
    {
        var actual = await Snapshot(folder);
        var path = Path.Combine(Root, "tests", "Graph.Worker.Tests", "Golden", "snapshots", name + ".txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run with {UpdateVariable}=1 to write it.");
        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"extraction of {name} differs from {path} (first difference: {FirstDifference(expected, actual)}). "
                + $"If the change is intended, regenerate with {UpdateVariable}=1 and commit the diff.");
        }
    }

    /// <summary>Every article of the folder, in file-name order, as lines of ids, types, offsets and qualifiers.</summary>
    internal static async Task<string> Snapshot(string folder)
    {
        var source = new FileArticleSource([folder]);
        var articles = new List<Article>();
        await foreach (var loaded in source.ReadAsync(CancellationToken.None))
        {
            if (loaded.Article is { } article)
            {
                articles.Add(article);
            }
        }
        var text = new StringBuilder();
        foreach (var article in articles.OrderBy(a => a.FileName, StringComparer.Ordinal))
        {
            Write(text, Pipeline.Value.Extract(article));
        }
        return text.ToString();
    }

    private static void Write(StringBuilder text, ArticleExtraction extraction)
    {
        text.Append("# ").Append(extraction.Article.FileName).Append(' ').Append(extraction.Article.Language).Append('\n');
        foreach (var entity in extraction.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            text.Append("E ").Append(entity.Id).Append(' ').Append(entity.Type).Append(' ').Append(entity.Mentions.Length).Append('\n');
        }
        foreach (var fact in extraction.Relations)
        {
            text.Append(CultureInfo.InvariantCulture, $"R {fact.Subject} {fact.Type} {fact.Object ?? "-"} @{fact.SentenceSpan.Start}-{fact.SentenceSpan.End} {fact.Confidence:0.00}");
            foreach (var (key, value) in fact.Properties)
            {
                text.Append(' ').Append(key).Append('=').Append(Value(value));
            }
            if (fact.Statement is { } statement)
            {
                text.Append(CultureInfo.InvariantCulture, $" said@{statement.Span.Start}-{statement.Span.End}");
            }
            text.Append('\n');
        }
    }

    private static string Value(object value) => value switch
    {
        string s => s,
        IEnumerable<string> list => string.Join(",", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        string article = "";
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end)";
            var right = i < a.Length ? a[i] : "(end)";
            if (left.StartsWith('#'))
            {
                article = left;
            }
            if (left != right)
            {
                return $"{article}, line {i + 1}: expected '{left}', got '{right}'";
            }
        }
        return "none";
    }

    private static string Root
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
}
