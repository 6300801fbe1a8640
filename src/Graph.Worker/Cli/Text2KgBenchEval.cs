using System.Globalization;
using Graph.Evaluation;
using Graph.Evaluation.Text2KgBench;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Configuration;

namespace Graph.Worker.Cli;

/// <summary>
/// <c>graph eval --format text2kgbench --ontology FILE SPLIT.jsonl...</c>: each sentence is extracted as a one-sentence
/// article and scored by the benchmark's metric; prints P, R, F1 (per-sentence averages), conformance and speed, and
/// with --json each sentence's gold and predicted triples first.
/// </summary>
internal static class Text2KgBenchEval
{
    public static async Task<int> RunAsync(EvalArguments arguments, CommandConsole console)
    {
        var options = GraphHost.CreateBuilder(worker: false).Configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        var ontology = OntologyLoader.Load(arguments.OntologyPath ?? RepositoryRoot.Resolve(options.OntologyPath));
        var pipeline = new ExtractionPipeline(ontology);
        var relations = ontology.RelationTypes.Select(r => r.Name).ToArray();
        await console.Output.WriteLineAsync("split                                   | sentences |     P       R      F1   | conformance | predicted correct | sentences/s").ConfigureAwait(false);
        foreach (var path in arguments.Paths)
        {
            BenchmarkResult result;
            try
            {
                result = BenchmarkRun.Run(pipeline, BenchmarkSplit.Load(path), options.MinConfidence, relations);
            }
            catch (GoldFormatException e)
            {
                await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return ExitCodes.Error;
            }
            if (arguments.Json)
            {
                await WriteSentencesAsync(BenchmarkSplit.Load(path), result, console).ConfigureAwait(false);
            }
            var s = result.Score;
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path),-40}| {s.Sentences,9} | {s.Precision:0.000}   {s.Recall:0.000}   {s.F1:0.000} | {s.Conformance,11:0.000} | {s.Predicted,9} {s.Correct,7} | {result.SentencesPerSecond,11:0}")).ConfigureAwait(false);
        }
        return ExitCodes.Ok;
    }

    /// <summary>With --json: one line per sentence (its text, gold, predicted triples and F1), to see what was missed.</summary>
    private static async Task WriteSentencesAsync(IReadOnlyList<BenchmarkSentence> sentences, BenchmarkResult result, CommandConsole console)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            var f1 = BenchmarkScorer.Sentence(sentences[i].Gold, result.Predicted[i]).F1;
            var line = System.Text.Json.JsonSerializer.Serialize(new
            {
                id = sentences[i].Id,
                f1,
                sentence = sentences[i].Text,
                gold = sentences[i].Gold.Select(t => new[] { t.Subject, t.Relation, t.Obj }),
                predicted = result.Predicted[i].Select(t => new[] { t.Subject, t.Relation, t.Obj }),
            });
            await console.Output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
