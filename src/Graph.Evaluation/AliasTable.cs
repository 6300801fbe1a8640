using System.Collections.Frozen;
using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Evaluation;

/// <summary>
/// The gold alias table (shared/gold/entities.yaml, shared/dev/gold/entities.yaml): id → type, canonical name,
/// Wikidata QID and surface forms. Flow (<c>id: {type: ..}</c>) and block mappings are both read.
/// </summary>
public sealed class AliasTable
{
    private readonly FrozenDictionary<string, AliasEntry> entries;
    private readonly FrozenDictionary<string, ImmutableArray<AliasMatch>> byKey;
    private readonly FrozenDictionary<string, string> byWikidata;

    public AliasTable(IEnumerable<AliasEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        var keys = new Dictionary<string, List<AliasMatch>>(StringComparer.Ordinal);
        foreach (var entry in this.entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            Index(keys, entry.Name, new AliasMatch(entry.Id, Canonical: true, Government: false));
            foreach (var alias in entry.Aliases)
            {
                Index(keys, alias, new AliasMatch(entry.Id, Canonical: false, Government: entry.GovernmentAliases.Contains(alias)));
            }
        }

        byKey = keys.ToFrozenDictionary(k => k.Key, k => k.Value.ToImmutableArray(), StringComparer.Ordinal);
        byWikidata = this.entries.Values
            .Where(e => e.Wikidata is not null)
            .GroupBy(e => e.Wikidata!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(e => e.Id, StringComparer.Ordinal).First().Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, AliasEntry> Entries => entries;

    /// <exception cref="GoldFormatException">The file is missing or an entry lacks its type or name.</exception>
    public static AliasTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GoldFormatException($"{path}: no such alias table.");
        }

        var stream = YamlNodes.LoadStream(path);
        var result = new List<AliasEntry>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            foreach (var (key, value) in YamlNodes.Mapping(document.RootNode, path, "the alias table").Children)
            {
                var id = (key as YamlScalarNode)?.Value ?? throw YamlNodes.Error(key, path, "an entity id must be a single value");
                result.Add(ReadEntry(id, YamlNodes.Mapping(value, path, $"entity '{id}'"), path));
            }
        }

        return new AliasTable(result);
    }

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AliasEntry? entry) =>
        entries.TryGetValue(id, out entry);

    /// <summary>The gold id with this Wikidata QID, or null.</summary>
    public string? FindByWikidata(string? qid) =>
        qid is not null && byWikidata.TryGetValue(qid.Trim(), out var id) ? id : null;

    /// <summary>Gold ids whose name or an alias has the same key as <paramref name="name"/> (also tried without a leading article).</summary>
    internal ImmutableArray<AliasMatch> Find(string name)
    {
        var direct = byKey.GetValueOrDefault(NameKey.Of(name), []);
        var bare = NameKey.WithoutDeterminer(name) is { } key ? byKey.GetValueOrDefault(key, []) : [];
        return bare.IsEmpty ? direct : [.. direct.Concat(bare).Distinct()];
    }

    private static void Index(Dictionary<string, List<AliasMatch>> keys, string name, AliasMatch match)
    {
        foreach (var key in new[] { NameKey.Of(name), NameKey.WithoutDeterminer(name) })
        {
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            if (!keys.TryGetValue(key, out var list))
            {
                keys[key] = list = [];
            }

            // One match per id and key: a canonical or government reading is kept over a plain alias.
            var existing = list.FindIndex(m => m.Id == match.Id);
            if (existing < 0)
            {
                list.Add(match);
            }
            else
            {
                var old = list[existing];
                list[existing] = new AliasMatch(match.Id, old.Canonical || match.Canonical, old.Government || match.Government);
            }
        }
    }

    private static AliasEntry ReadEntry(string id, YamlMappingNode node, string path)
    {
        var aliases = ImmutableArray.CreateBuilder<string>();
        var government = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in YamlNodes.Strings(node, "aliases", path))
        {
            var alias = NameKey.StripNote(raw, out var note);
            aliases.Add(alias);
            if (note is not null && note.Contains("government", StringComparison.OrdinalIgnoreCase))
            {
                government.Add(alias);
            }
        }

        return new AliasEntry(
            id,
            YamlNodes.Required(node, "type", path),
            YamlNodes.Required(node, "name", path),
            YamlNodes.Scalar(node, "wikidata", path),
            aliases.ToImmutable(),
            government.ToImmutable());
    }
}
