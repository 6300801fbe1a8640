using System.Collections.Immutable;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>
/// The benchmark's metric, restated from its paper and evaluation code: per sentence, predicted triples whose
/// relation is not among the sentence's gold relations are dropped; the rest are compared with the gold by the
/// normalised key, as sets. P = correct / predicted, R = correct / gold; a sentence with nothing left scores 0.
/// The split's figures are the per-sentence values averaged over all its sentences.
/// </summary>
public static class BenchmarkScorer
{
    /// <param name="predicted">The triples predicted for each sentence, in the order of <paramref name="sentences"/>.</param>
    /// <param name="ontologyRelations">The ontology's relation labels, for conformance.</param>
    public static BenchmarkScore Score(
        IReadOnlyList<BenchmarkSentence> sentences,
        IReadOnlyList<IReadOnlyCollection<BenchmarkTriple>> predicted,
        IReadOnlyCollection<string> ontologyRelations)
    {
        if (sentences.Count != predicted.Count)
        {
            throw new ArgumentException("one list of predicted triples is needed per sentence", nameof(predicted));
        }
        var known = ontologyRelations.Select(BenchmarkTriple.Normalise).ToHashSet(StringComparer.Ordinal);
        double p = 0, r = 0, f1 = 0, conformance = 0;
        int predictedCount = 0, correctCount = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = Sentence(sentences[i].Gold, predicted[i]);
            p += sentence.Precision;
            r += sentence.Recall;
            f1 += sentence.F1;
            conformance += predicted[i].Count == 0 ? 1 : (double)predicted[i].Count(t => known.Contains(BenchmarkTriple.Normalise(t.Relation))) / predicted[i].Count;
            predictedCount += sentence.Predicted;
            correctCount += sentence.Correct;
        }
        var n = Math.Max(1, sentences.Count);
        return new BenchmarkScore(sentences.Count, p / n, r / n, f1 / n, conformance / n, predictedCount, correctCount);
    }

    /// <summary>One sentence's precision, recall and F1.</summary>
    public static (double Precision, double Recall, double F1, int Predicted, int Correct) Sentence(
        ImmutableArray<BenchmarkTriple> gold, IReadOnlyCollection<BenchmarkTriple> predicted)
    {
        var relations = gold.Select(t => BenchmarkTriple.Normalise(t.Relation)).ToHashSet(StringComparer.Ordinal);
        var kept = predicted.Where(t => relations.Contains(BenchmarkTriple.Normalise(t.Relation))).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var goldKeys = gold.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        if (kept.Count == 0)
        {
            return (0, 0, 0, 0, 0);
        }
        var correct = kept.Count(goldKeys.Contains);
        var precision = (double)correct / kept.Count;
        var recall = (double)correct / goldKeys.Count;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1, kept.Count, correct);
    }
}
