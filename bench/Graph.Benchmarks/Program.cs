using BenchmarkDotNet.Running;

namespace Graph.Benchmarks;

/// <summary>
/// Stage benchmarks of extraction. Run from the repository root:
/// <c>dotnet run -c Release --project bench/Graph.Benchmarks -- --filter '*'</c>.
/// </summary>
internal static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
