using System.Collections.Frozen;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// The name parts (first and last word of each name of two words or more) of every known entity's aliases,
/// computed once per ontology: lone surnames are matched against them in every article.
/// </summary>
internal sealed class KnownNameParts(OntologyDefinition ontology)
{
    private readonly FrozenDictionary<string, FrozenSet<string>> byId = Build(ontology);

    /// <summary>The parts of the known entity's aliases; empty for an entity the ontology does not know.</summary>
    public FrozenSet<string> Of(string id) => byId.GetValueOrDefault(id) ?? FrozenSet<string>.Empty;

    /// <summary>Adds the first and last words of <paramref name="name"/>'s phrase key, if it has two words or more.</summary>
    public static void AddParts(string name, ICollection<string> parts)
    {
        var words = PhraseKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2)
        {
            parts.Add(words[0]);
            parts.Add(words[^1]);
        }
    }

    private static FrozenDictionary<string, FrozenSet<string>> Build(OntologyDefinition ontology)
    {
        var byId = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var entity in ontology.Entities)
        {
            var parts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in entity.Aliases.All)
            {
                AddParts(alias, parts);
            }
            byId.TryAdd(entity.Id, parts.ToFrozenSet(StringComparer.Ordinal));
        }
        return byId.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
