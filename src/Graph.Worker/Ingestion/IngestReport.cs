using System.Collections.Immutable;

namespace Graph.Worker.Ingestion;

/// <summary>The outcome of one <c>graph ingest</c> run.</summary>
/// <param name="DatabaseError">Set when the database could not be used; the run stopped there.</param>
/// <param name="Interrupted">True when Ctrl+C stopped the run before the last file.</param>
internal sealed record IngestReport(
    int Created,
    int Replaced,
    int Unchanged,
    int Entities,
    int Facts,
    int RejectedByOntology,
    int BelowConfidence,
    ImmutableArray<FailedFile> Failed,
    string? DatabaseError,
    bool Interrupted)
{
    public int Articles => Created + Replaced + Unchanged;

    public int ExitCode => DatabaseError is not null ? ExitCodes.DatabaseUnavailable
        : Interrupted ? ExitCodes.Interrupted
        : Failed.IsEmpty ? ExitCodes.Ok
        : ExitCodes.SomeFilesFailed;
}

/// <summary>A file that could not be ingested, with the reason in one line.</summary>
internal sealed record FailedFile(string Path, string Reason);
