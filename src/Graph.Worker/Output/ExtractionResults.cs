using Graph.Core.Extraction;

namespace Graph.Worker.Output;

/// <summary>The result of <c>graph extract</c> for a set of files: extractions in file order, and the files that failed.</summary>
internal sealed record ExtractionResults(IReadOnlyList<ArticleExtraction> Articles, IReadOnlyList<Ingestion.FailedFile> Failed);
