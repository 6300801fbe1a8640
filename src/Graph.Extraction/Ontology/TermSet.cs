using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>Words or phrases per language code ("fr", "en").</summary>
public sealed record TermSet(ImmutableSortedDictionary<string, ImmutableArray<string>> ByLanguage)
{
    public static readonly TermSet Empty = new(ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty);

    /// <summary>Every term whatever its language: articles mix languages in quotes and names.</summary>
    /// <remarks>Computed once: the extractor reads it for every entity of every article.</remarks>
    public IEnumerable<string> All { get; } = ByLanguage.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).ToArray();

    public ImmutableArray<string> For(string language) =>
        ByLanguage.TryGetValue(language, out var terms) ? terms : [];
}
