namespace Graph.Worker.Ingestion;

/// <summary>What one article contributed, for the summary.</summary>
/// <param name="RejectedByOntology">Candidate facts the extractor itself rejected.</param>
/// <param name="BelowConfidence">Facts dropped by the minimum-confidence setting.</param>
internal readonly record struct ArticleCounts(int Entities, int Facts, int RejectedByOntology, int BelowConfidence);
