using Graph.Worker.Ingestion;

namespace Graph.Worker.Output;

/// <summary>The summary printed at the end of <c>graph ingest</c>.</summary>
internal static class IngestSummaryWriter
{
    public static void Write(TextWriter output, IngestReport report)
    {
        output.WriteLine(
            $"Articles: {report.Articles} ({report.Created} created, {report.Replaced} replaced, {report.Unchanged} unchanged)");
        output.WriteLine($"Entities: {report.Entities}");
        output.WriteLine($"Facts: {report.Facts}");
        output.WriteLine($"Rejected by ontology: {report.RejectedByOntology}");
        if (report.BelowConfidence > 0)
        {
            output.WriteLine($"Below minimum confidence: {report.BelowConfidence}");
        }

        output.WriteLine($"Failed files: {report.Failed.Length}");
        foreach (var failed in report.Failed)
        {
            output.WriteLine($"  {TerminalText.Escape(failed.Path)}: {TerminalText.Escape(failed.Reason)}");
        }

        if (report.Interrupted)
        {
            output.WriteLine("Interrupted: the remaining files were not ingested.");
        }
    }
}
