using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>Words or phrases per language code ("fr", "en").</summary>
public sealed record TermSet(ImmutableSortedDictionary<string, ImmutableArray<string>> ByLanguage)
{
    public static readonly TermSet Empty = new(ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty);

    /// <summary>Every term whatever its language: articles mix languages in quotes and names.</summary>
    public IEnumerable<string> All => ByLanguage.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal);

    public ImmutableArray<string> For(string language) =>
        ByLanguage.TryGetValue(language, out var terms) ? terms : [];
}
