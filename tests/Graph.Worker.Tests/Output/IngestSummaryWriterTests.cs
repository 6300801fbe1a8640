using Graph.Worker.Ingestion;
using Graph.Worker.Output;

namespace Graph.Worker.Tests.Output;

public sealed class IngestSummaryWriterTests
{
    [Fact]
    public void The_summary_counts_articles_by_outcome_and_lists_failed_files_with_their_reason()
    {
        var report = new IngestReport(3, 1, 1, 42, 37, 5, 0, [new FailedFile("seeds/bad.json", "'bad.json' is empty.")], null, false);
        using var output = new StringWriter();

        IngestSummaryWriter.Write(output, report);

        Assert.Equal(
            """
            Articles: 5 (3 created, 1 replaced, 1 unchanged)
            Entities: 42
            Facts: 37
            Rejected by ontology: 5
            Failed files: 1
              seeds/bad.json: 'bad.json' is empty.

            """.ReplaceLineEndings(),
            output.ToString());
    }
}
