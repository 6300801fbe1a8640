using System.Diagnostics;

namespace Graph.Worker.Benchmarks;

/// <summary>What the process has used so far: peak working set (the OS's figure) and the GC's view.</summary>
internal sealed record ProcessMemory(long PeakWorkingSetBytes, long PeakGcHeapBytes, long AllocatedBytes)
{
    public static ProcessMemory Now()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        return new ProcessMemory(process.PeakWorkingSet64, Math.Max(gc.HeapSizeBytes, gc.PromotedBytes), GC.GetTotalAllocatedBytes(precise: false));
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MB";
}
