using System.Diagnostics.Metrics;

namespace Graph.Worker.Telemetry;

/// <summary>
/// Graph's instruments, on the <c>Graph</c> meter (System.Diagnostics.Metrics, exported through OpenTelemetry).
/// Counters are totals; the exporter's backend turns them into rates (articles/s, facts/s).
/// </summary>
internal sealed class GraphMetrics
{
    public const string MeterName = "Graph";

    private readonly Counter<long> articles;
    private readonly Counter<long> facts;
    private readonly Counter<long> failures;
    private readonly Histogram<double> neo4jWrite;
    private readonly Histogram<double> queueLag;
    private long queueDepth = -1;

    public GraphMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        articles = meter.CreateCounter<long>("graph.articles.written", "{article}", "Articles written to the graph, by outcome (Created, Replaced, Unchanged).");
        facts = meter.CreateCounter<long>("graph.facts.written", "{fact}", "Facts written with their evidence.");
        failures = meter.CreateCounter<long>("graph.articles.failed", "{article}", "Articles that could not be written, by reason.");
        neo4jWrite = meter.CreateHistogram<double>("graph.neo4j.write.duration", "s", "Time of one store call (one group commit).");
        queueLag = meter.CreateHistogram<double>("graph.queue.lag", "s", "From publication on the queue to the commit of the article.");
        meter.CreateObservableGauge("graph.queue.depth", ObserveDepth, "{message}", "Messages waiting in the article queue (last seen).");
    }

    public void Written(string outcome, int factCount)
    {
        articles.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        facts.Add(factCount);
    }

    /// <param name="reason">A short, bounded category (unreadable, extraction, refused), never free text.</param>
    public void Failed(string reason) => failures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Neo4jWrite(TimeSpan elapsed, int articleCount) =>
        neo4jWrite.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("articles", articleCount));

    public void QueueLag(TimeSpan lag) => queueLag.Record(Math.Max(0, lag.TotalSeconds));

    public void QueueDepth(long messages) => Interlocked.Exchange(ref queueDepth, messages);

    private IEnumerable<Measurement<long>> ObserveDepth()
    {
        var depth = Interlocked.Read(ref queueDepth);
        return depth < 0 ? [] : [new Measurement<long>(depth)];
    }
}
