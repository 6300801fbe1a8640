using System.Collections.Frozen;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Honorifics written before a name ("M. Kim", "Dr Okafor", "Mgr Gallagher"): the ontology's <c>honorifics</c> cue,
/// folded and without the dot the tokenizer splits off. They are never part of the name they introduce.
/// </summary>
internal static class HonorificWords
{
    // An ontology that predates the honorifics cue set keeps the words it was read with.
    private static readonly string[] Default = ["m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof"];

    public static FrozenSet<string> Of(OntologyDefinition ontology)
    {
        var terms = ontology.Cues.Sets.ContainsKey(OntologyCues.Honorifics)
            ? ontology.Cues[OntologyCues.Honorifics].All.Select(term => TextFolding.Fold(term).TrimEnd('.'))
            : Default;
        return terms.Where(term => term.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }
}
