using System.Collections.Immutable;
using System.Diagnostics;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Ports;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>
/// Runs an extractor on each sentence of a split, as a one-sentence English article, and turns its facts into
/// label-form triples: the subject's and object's canonical names and the relation's name.
/// </summary>
public static class BenchmarkRun
{
    public static BenchmarkResult Run(IArticleExtractor extractor, IReadOnlyList<BenchmarkSentence> sentences, double minConfidence, IReadOnlyCollection<string> ontologyRelations)
    {
        var clock = Stopwatch.StartNew();
        var predicted = new List<IReadOnlyCollection<BenchmarkTriple>>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var article = new Article(sentence.Id, sentence.Id, null, sentence.Text, "en", null, null, null, "");
            predicted.Add(Triples(extractor.Extract(article), minConfidence));
        }
        clock.Stop();
        var score = BenchmarkScorer.Score(sentences, predicted, ontologyRelations);
        return new BenchmarkResult(score, [.. predicted], clock.Elapsed);
    }

    /// <summary>The facts with an entity object, at or above the confidence threshold, in label form.</summary>
    public static ImmutableArray<BenchmarkTriple> Triples(ArticleExtraction extraction, double minConfidence)
    {
        var names = extraction.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return [.. extraction.Relations
            .Where(f => f.Object is not null && f.Confidence >= minConfidence)
            .Where(f => names.ContainsKey(f.Subject) && names.ContainsKey(f.Object!))
            .Select(f => new BenchmarkTriple(names[f.Subject], f.Type, names[f.Object!]))
            .Distinct()];
    }
}

/// <summary>A scored run: the figures, the triples predicted for each sentence and the time extraction took.</summary>
public sealed record BenchmarkResult(BenchmarkScore Score, ImmutableArray<IReadOnlyCollection<BenchmarkTriple>> Predicted, TimeSpan Elapsed)
{
    public double SentencesPerSecond => Elapsed.TotalSeconds > 0 ? Score.Sentences / Elapsed.TotalSeconds : double.PositiveInfinity;
}
