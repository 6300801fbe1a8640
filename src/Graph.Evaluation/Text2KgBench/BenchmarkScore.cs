namespace Graph.Evaluation.Text2KgBench;

/// <summary>
/// Text2KGBench's figures for a split: precision, recall and F1 computed per sentence and averaged over every
/// sentence; <see cref="Conformance"/> is the average share of predicted triples whose relation the ontology has.
/// <see cref="Predicted"/> and <see cref="Correct"/> count the triples left after the relation filter, and those right.
/// </summary>
public sealed record BenchmarkScore(int Sentences, double Precision, double Recall, double F1, double Conformance, int Predicted, int Correct);
