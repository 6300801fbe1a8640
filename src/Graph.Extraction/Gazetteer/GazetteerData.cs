using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Graph.Extraction.Ontology;

namespace Graph.Extraction.Gazetteer;

/// <summary>
/// The countries, capitals and large cities compiled at build time from open data (compile-gazetteer.js) and
/// embedded in this assembly. Read once per process: every ontology that asks for the gazetteer shares it.
/// </summary>
internal sealed class GazetteerData
{
    private const string ResourceName = "Graph.Extraction.Gazetteer.gazetteer.tsv";
    private static readonly Lazy<GazetteerData> Embedded = new(Load);

    private GazetteerData(ImmutableArray<GazetteerEntry> entries, string hash)
    {
        Entries = entries;
        Hash = hash;
    }

    public static GazetteerData Shared => Embedded.Value;

    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>Hash of the compiled data: part of the ontology's hash, so new data re-reads articles.</summary>
    public string Hash { get; }

    private static GazetteerData Load()
    {
        using var stream = typeof(GazetteerData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the gazetteer resource {ResourceName} is missing from {typeof(GazetteerData).Assembly.GetName().Name}; rebuild with npm available.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var entries = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, index) => Parse(line, index + 1)).ToImmutableArray();
        return new GazetteerData(entries, Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))[..12]);
    }

    internal static GazetteerEntry Parse(string line, int number)
    {
        var f = line.Split('\t');
        if (f.Length != 11 || f[0] is not ("C" or "L") || !Identifiers.IsEntityId(f[1]))
        {
            throw new InvalidOperationException($"gazetteer line {number} is malformed: {line}");
        }
        var isCountry = f[0] == "C";
        return new GazetteerEntry(
            f[1], isCountry ? EntityKind.Country : EntityKind.Location, f[2], f[3], NullIfEmpty(f[4]),
            isCountry ? NullIfEmpty(f[5]) : null, isCountry ? null : NullIfEmpty(f[5]),
            Terms(("en", f[6]), ("fr", f[7])), Terms(("en", f[8]), ("fr", f[9])),
            long.TryParse(f[10], out var population) ? population : 0);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static TermSet Terms(params (string Language, string Joined)[] lists)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (language, joined) in lists)
        {
            if (joined.Length > 0)
            {
                builder[language] = [.. joined.Split('|', StringSplitOptions.RemoveEmptyEntries)];
            }
        }
        return new TermSet(builder.ToImmutable());
    }
}
