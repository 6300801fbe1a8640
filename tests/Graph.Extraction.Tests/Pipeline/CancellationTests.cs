using Graph.Core.Articles;
using Graph.Core.Ports;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>An article over its time limit is cancelled: the pipeline checks its token as it walks the text.</summary>
public sealed class CancellationTests
{
    private static readonly IArticleExtractor Pipeline = new ExtractionPipeline(OntologyLoader.Load(Extractor.OntologyPath));

    [Fact]
    public void A_cancelled_extraction_stops_with_OperationCanceledException()
    {
        var article = new Article("t", "t.txt", null, "Le président russe a signé le traité à Pyongyang.", "fr", null, null, null, "0");

        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Extract(article, new CancellationToken(canceled: true)));
        Assert.NotEmpty(Pipeline.Extract(article, CancellationToken.None).Relations);
    }
}
