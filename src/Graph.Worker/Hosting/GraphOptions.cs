using Graph.Extraction.Loading;
using Graph.Worker.Ingestion;

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

    /// <summary>
    /// How long a file in the inbox must have gone unmodified before it is claimed: one modified more recently may
    /// still be being written. Producers that write <c>name.part</c>, <c>name.tmp</c> or <c>.name</c> and rename it
    /// when complete need no delay (those names are never claimed). Default: 0.5 seconds.
    /// </summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(500);

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

    /// <summary>Largest article file read, in bytes; a larger one fails alone, unread. Default: 10,485,760 (10 MB).</summary>
    public long MaxArticleBytes { get; set; } = ArticleReadOptions.DefaultMaxFileBytes;

    /// <summary>
    /// Deepest nesting of HTML elements parsed; a deeper page fails alone, unparsed (the parser's time grows faster
    /// than the depth). Default: 500.
    /// </summary>
    public int MaxHtmlNesting { get; set; } = ArticleReadOptions.DefaultMaxHtmlNesting;

    /// <summary>
    /// Longest extraction of one article; one that takes longer fails alone and the others go on. Default: 30 seconds
    /// (a long article takes a few milliseconds).
    /// </summary>
    public TimeSpan FileTimeout { get; set; } = ArticleLimits.DefaultFileTimeout;

    /// <summary>
    /// Most relations (facts and statements) one article may give; one that gives more fails alone, before anything
    /// of it is written. Default: 2,000 (a long article gives a few dozen).
    /// </summary>
    public int MaxRelationsPerArticle { get; set; } = ArticleLimits.DefaultMaxRelations;

    /// <summary>
    /// Longest sentence or quoted statement a fact may store as its evidence; an article with a longer one fails
    /// alone, before anything of it is written, so a text without sentence ends cannot flood the database.
    /// Default: 20,000 characters.
    /// </summary>
    public int MaxStatementChars { get; set; } = ArticleLimits.DefaultMaxStatementChars;

    /// <summary>How files are read under these settings; <paramref name="inbox"/> refuses symbolic links.</summary>
    public ArticleReadOptions ReadOptions(bool inbox = false) => new()
    {
        MaxFileBytes = MaxArticleBytes,
        MaxHtmlNesting = MaxHtmlNesting,
        RefuseSymbolicLinks = inbox,
    };

    /// <summary>The limits applied to each article's extraction.</summary>
    public ArticleLimits Limits() => new(FileTimeout, MaxRelationsPerArticle, MaxStatementChars);
}
