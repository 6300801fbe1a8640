using System.Diagnostics.Metrics;
using Graph.Worker.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Tests.Telemetry;

/// <summary>The Graph meter's instruments, read back with a MeterListener as an exporter would read them.</summary>
public sealed class GraphMetricsTests
{
    [Fact]
    public void Writes_failures_latency_lag_and_depth_are_recorded_on_the_graph_meter()
    {
        using var services = new ServiceCollection().AddMetrics().AddSingleton<GraphMetrics>().BuildServiceProvider();
        var metrics = services.GetRequiredService<GraphMetrics>();
        var seen = new List<(string Instrument, double Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraphMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => seen.Add((i.Name, v, Tags(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => seen.Add((i.Name, v, Tags(tags))));
        listener.Start();

        metrics.Written("Created", factCount: 7);
        metrics.Failed(FailureReasons.Unreadable);
        metrics.Neo4jWrite(TimeSpan.FromMilliseconds(250), articleCount: 50);
        metrics.QueueLag(TimeSpan.FromSeconds(3));
        metrics.QueueDepth(42);
        listener.RecordObservableInstruments();

        Assert.Contains(("graph.articles.written", 1, "outcome=Created"), seen);
        Assert.Contains(("graph.facts.written", 7, ""), seen);
        Assert.Contains(("graph.articles.failed", 1, "reason=unreadable"), seen);
        Assert.Contains(("graph.neo4j.write.duration", 0.25, "articles=50"), seen);
        Assert.Contains(("graph.queue.lag", 3, ""), seen);
        Assert.Contains(("graph.queue.depth", 42, ""), seen);
    }

    private static string Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(',', parts);
    }
}
