namespace Graph.Worker.Hosting;

/// <summary>
/// The <c>Graph</c> configuration section. Relative paths are resolved against the repository root (the folder
/// holding Graph.sln), or the current directory when there is none.
/// </summary>
internal sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>The ontology file loaded and validated at start. Default: <c>ontology/ontology.yaml</c>.</summary>
    public string OntologyPath { get; set; } = "ontology/ontology.yaml";

    /// <summary>The folder <c>graph run</c> watches; created if missing. Default: <c>data/inbox</c>.</summary>
    public string Inbox { get; set; } = "data/inbox";

    /// <summary>Sub-folder of the inbox holding the file being ingested. Default: <c>processing</c>.</summary>
    public string Processing { get; set; } = "processing";

    /// <summary>Sub-folder of the inbox receiving files written to the graph. Default: <c>processed</c>.</summary>
    public string Processed { get; set; } = "processed";

    /// <summary>Sub-folder of the inbox receiving files that could not be ingested, each with a <c>.reason.txt</c>. Default: <c>failed</c>.</summary>
    public string Failed { get; set; } = "failed";

    /// <summary>How often the inbox is scanned, besides file-system notifications. Default: 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait after a transient database error; doubled at each retry. Default: 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two retries of a transient database error. Default: 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// When true, <c>graph run</c> mirrors the inbox: deleting a file from <c>processed/</c> retracts its article
    /// (as <c>graph retract</c> would), with every fact, statement and entity only it supported. Deletions made while
    /// the worker was stopped are mirrored at the next start. Default: false (deleting a processed file changes nothing).
    /// </summary>
    public bool MirrorDeletions { get; set; }

    /// <summary>Facts below this confidence are dropped before mapping, in [0, 1]. Default: 0 (keep all).</summary>
    public double MinConfidence { get; set; }

    /// <summary>Nodes <c>graph export</c> reads per request, each with its outgoing relationships. Default: 2000.</summary>
    public int ExportPageSize { get; set; } = 2000;
}
