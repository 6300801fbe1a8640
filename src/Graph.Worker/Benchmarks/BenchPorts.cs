using System.Security.Cryptography;
using System.Text;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// The ports of a checkout's benchmark Neo4j, derived from the checkout's path: two checkouts on one machine (several
/// engineers' worktrees) each get their own server instead of one benchmark starting, wiping or timing the other's.
/// HTTP is in 17400–17599 and Bolt 200 above it, in 17600–17799; the same path always gets the same ports.
/// </summary>
internal sealed record BenchPorts(int Http, int Bolt)
{
    public const int FirstHttp = 17_400;
    public const int Slots = 200;

    public static BenchPorts For(string checkout)
    {
        ArgumentException.ThrowIfNullOrEmpty(checkout);
        // A hash that is the same in every process (string.GetHashCode is randomised per process).
        var normalised = Path.TrimEndingDirectorySeparator(Path.GetFullPath(checkout));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        var slot = (int)(BitConverter.ToUInt32(digest, 0) % Slots);
        return new BenchPorts(FirstHttp + slot, FirstHttp + Slots + slot);
    }
}
