using System.Globalization;

namespace Graph.Worker.Benchmarks;

/// <summary>One line per measurement, key=value, so runs can be compared with grep and a median taken with sort.</summary>
internal static class BenchReport
{
    public static string Extract(ExtractFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"extract threads={f.Threads} articles={f.Articles} failed={f.Failed} text={f.TextBytes / 1024.0 / 1024.0:0.00}MB " +
        $"entities={f.Entities} facts={f.Facts} wall={f.Wall.TotalSeconds:0.00}s " +
        $"MB/s={f.MegabytesPerSecond:0.00} articles/s={f.ArticlesPerSecond:0.0} ms/article={f.MillisecondsPerArticle:0.000} " +
        $"MB/s-per-thread={f.MegabytesPerSecondPerThread:0.00} MB/s-by-tenth=[{Join(f.MegabytesPerSecondByTenth)}] " +
        $"peak-working-set={ProcessMemory.Megabytes(f.Memory.PeakWorkingSetBytes)} allocated={ProcessMemory.Megabytes(f.Memory.AllocatedBytes)} " +
        $"gc={f.Gc.Gen0}/{f.Gc.Gen1}/{f.Gc.Gen2} gc-pause={f.Gc.Pause.TotalSeconds:0.000}s");

    public static string Ingest(int run, IngestFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"ingest run={run} side={f.Side} articles={f.Articles} failed={f.Failed} facts={f.Facts} wall={f.Wall.TotalSeconds:0.00}s " +
        $"articles/s={f.ArticlesPerSecond:0.0} facts/s={f.FactsPerSecond:0.0} " +
        $"ms/article-by-tenth=[{Join(f.MillisecondsPerArticleByDecile)}] " +
        $"peak-working-set={ProcessMemory.Megabytes(f.Memory.PeakWorkingSetBytes)}");

    /// <summary>The median line of several extraction runs with the same thread count.</summary>
    public static string ExtractMedian(IReadOnlyList<ExtractFigures> runs) => string.Create(CultureInfo.InvariantCulture,
        $"median threads={runs[0].Threads} runs={runs.Count} MB/s={BenchStatistics.Median(runs.Select(r => r.MegabytesPerSecond)):0.00} " +
        $"(min {runs.Min(r => r.MegabytesPerSecond):0.00}, max {runs.Max(r => r.MegabytesPerSecond):0.00}) " +
        $"articles/s={BenchStatistics.Median(runs.Select(r => r.ArticlesPerSecond)):0.0} " +
        $"MB/s-per-thread={BenchStatistics.Median(runs.Select(r => r.MegabytesPerSecondPerThread)):0.00}");

    public static string CliExtract(int run, CliExtractFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"extract-cli run={run} format={f.Format} exit={f.ExitCode} text={f.TextBytes / 1024.0 / 1024.0:0.00}MB " +
        $"output={ProcessMemory.Megabytes(f.OutputBytes)} wall={f.Wall.TotalSeconds:0.00}s MB/s={f.MegabytesPerSecond:0.00} " +
        $"peak-resident={ProcessMemory.Megabytes(f.PeakResidentBytes)}");

    public static string CliExtractMedian(IReadOnlyList<CliExtractFigures> runs) => string.Create(CultureInfo.InvariantCulture,
        $"median extract-cli format={runs[0].Format} runs={runs.Count} MB/s={BenchStatistics.Median(runs.Select(r => r.MegabytesPerSecond)):0.00} " +
        $"(min {runs.Min(r => r.MegabytesPerSecond):0.00}, max {runs.Max(r => r.MegabytesPerSecond):0.00}) " +
        $"peak-resident={ProcessMemory.Megabytes((long)BenchStatistics.Median(runs.Select(r => (double)r.PeakResidentBytes)))}");

    public static string Ratio(int run, IngestFigures ours, IngestFigures baseline, bool baselineFirst) => string.Create(CultureInfo.InvariantCulture,
        $"ingest run={run} first={(baselineFirst ? "baseline" : "ours")} ratio facts/s ours/baseline={ours.FactsPerSecond / baseline.FactsPerSecond:0.000}");

    /// <summary>Medians of all runs, with each side's spread (min–max as a share of its median) and the ratios' spread.</summary>
    public static string IngestSummary(IReadOnlyList<IngestFigures> ours, IReadOnlyList<IngestFigures> baselines)
    {
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"median runs={ours.Count} ours articles/s={BenchStatistics.Median(ours.Select(f => f.ArticlesPerSecond)):0.0} " +
            $"facts/s={BenchStatistics.Median(ours.Select(f => f.FactsPerSecond)):0.0} spread={Spread(ours.Select(f => f.FactsPerSecond))}");
        if (baselines.Count > 0)
        {
            var ratios = ours.Zip(baselines, (o, b) => o.FactsPerSecond / b.FactsPerSecond).ToList();
            summary += string.Create(CultureInfo.InvariantCulture,
                $"; baseline articles/s={BenchStatistics.Median(baselines.Select(f => f.ArticlesPerSecond)):0.0} " +
                $"facts/s={BenchStatistics.Median(baselines.Select(f => f.FactsPerSecond)):0.0} spread={Spread(baselines.Select(f => f.FactsPerSecond))}" +
                $"; ratio={BenchStatistics.Median(ratios):0.000} (min {ratios.Min():0.000}, max {ratios.Max():0.000})");
        }

        return summary;
    }

    /// <summary>(max − min) / median, in percent: how much one run can differ from another.</summary>
    private static string Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        var median = BenchStatistics.Median(list);
        return median > 0 ? string.Create(CultureInfo.InvariantCulture, $"{100 * (list.Max() - list.Min()) / median:0}%") : "n/a";
    }

    private static string Join(IEnumerable<double> values) =>
        string.Join(' ', values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));
}
