using BenchmarkDotNet.Attributes;
using Graph.Core.Articles;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Worker.Benchmarks;

namespace Graph.Benchmarks;

/// <summary>
/// Each extraction stage over the same 50 generated articles (French and English), and the whole pipeline per
/// article. Divide by <see cref="Articles"/> for the time per article; BENCHMARKS.md gives the figures.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExtractionBenchmarks
{
    public const int Articles = 50;

    private Article[] articles = [];
    private object[] documents = [];
    private ExtractionStages stages = null!;
    private ExtractionPipeline pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var ontology = OntologyLoader.Load(Path.Combine(root, "ontology", "ontology.yaml"));
        pipeline = new ExtractionPipeline(ontology);
        stages = new ExtractionStages(ontology);
        var corpus = Path.Combine(Path.GetTempPath(), "graph-benchmarks-corpus");
        CorpusGenerator.Generate(corpus, Articles, seed: 7, CorpusLanguage.Mixed);
        articles = [.. Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal).Select(path => ArticleFileReader.Read(path).Article!)];
        documents = [.. articles.Select(stages.Parse)];
    }

    [Benchmark]
    public int SentenceSplitting()
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += stages.Split(article.Text).GetHashCode() & 1;
        }

        return n;
    }

    [Benchmark]
    public int Tokenizing()
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += stages.Tokenize(article.Text).GetHashCode() & 1;
        }

        return n;
    }

    [Benchmark]
    public int DocumentParsing()
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += stages.Parse(article).GetHashCode() & 1;
        }

        return n;
    }

    [Benchmark]
    public int MentionFinding()
    {
        var n = 0;
        foreach (var document in documents)
        {
            n += stages.FindMentions(document).GetHashCode() & 1;
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int WholePipeline()
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += pipeline.Extract(article).Relations.Length;
        }

        return n;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Graph.sln not found above " + AppContext.BaseDirectory + ": run from the repository.");
    }
}
