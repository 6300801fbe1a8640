namespace Graph.Worker.Benchmarks;

/// <summary>Collections per generation and time the runtime paused threads for them; subtract two to get a span's share.</summary>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcActivity Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcActivity operator -(GcActivity after, GcActivity before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Pause - before.Pause);
}
