using System.Collections.Immutable;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>One sentence of a split with all its gold triples (the split's lines that share the sentence).</summary>
public sealed record BenchmarkSentence(string Id, string Text, ImmutableArray<BenchmarkTriple> Gold);
