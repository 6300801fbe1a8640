namespace Graph.Neo4j;

/// <summary>
/// How to reach Neo4j over HTTP. Bound from configuration (section <c>Neo4j</c> by convention) and validated at start.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>
    /// Server root, http or https. Default <c>http://localhost:7474</c>; the endpoints are discovered from it. A Bolt
    /// URI (<c>neo4j://</c>, <c>neo4j+s://</c>, <c>neo4j+ssc://</c>, <c>bolt(+s|+ssc)://</c>, as Aura's credentials
    /// file gives) maps to the HTTP API of the same host.
    /// </summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>User for basic authentication. Default none: no Authorization header is sent.</summary>
    public string? User { get; set; }

    /// <summary>Password for <see cref="User"/>. Never logged, never part of <see cref="ToString"/> or exception messages.</summary>
    public string? Password { get; set; }

    /// <summary>Database name. Default <c>neo4j</c>. Ignored by Neo4j 3.x, which has one database.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>
    /// True when the server is a self-managed cluster behind one address. Writes then never use a transaction that
    /// spans several requests (Query API explicit transactions are not routed on clusters); the transactional endpoint,
    /// where one request is one transaction, is used whenever the server has it. Default false. Aura is handled as such.
    /// </summary>
    public bool Cluster { get; set; }

    /// <summary>Time allowed for one HTTP request, including reading the response. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed to open a TCP (and TLS) connection. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after a transient failure, with exponential backoff and jitter. Default 5; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>
    /// Most articles written in one transaction by a batch write (group commit; each article stays whole). Default 50;
    /// 1 writes one article per transaction. Measured in BENCHMARKS.md.
    /// </summary>
    public int WriteBatchArticles { get; set; } = 50;

    /// <summary>
    /// Most rows (entities, mentions, facts, statements, evidence) in one batch transaction: a batch is cut before the
    /// article that would exceed it (an article larger than this still goes whole, alone). Default 5,000.
    /// </summary>
    public int WriteBatchRows { get; set; } = 5000;

    /// <summary>Shows everything but the password, so options can be logged safely.</summary>
    public override string ToString() =>
        $"Neo4jOptions {{ Uri = {Uri}, User = {User ?? "(none)"}, Password = {(string.IsNullOrEmpty(Password) ? "(none)" : "***")}, " +
        $"Database = {Database}, Cluster = {Cluster}, RequestTimeout = {RequestTimeout}, ConnectTimeout = {ConnectTimeout}, MaxRetries = {MaxRetries}, " +
        $"WriteBatchArticles = {WriteBatchArticles}, WriteBatchRows = {WriteBatchRows} }}";
}
