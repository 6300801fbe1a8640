using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;

namespace Graph.Extraction.Relations;

/// <summary>One phrase matcher per relation and language for a per-language term list a relation declares.</summary>
internal static class RelationTermMatchers
{
    public static Dictionary<(string Relation, string Language), PhraseMatcher<bool>> Of(
        IEnumerable<RelationTypeDefinition> relations, Func<RelationTypeDefinition, TermSet> terms)
    {
        var matchers = new Dictionary<(string Relation, string Language), PhraseMatcher<bool>>();
        foreach (var relation in relations)
        {
            foreach (var (language, words) in terms(relation).ByLanguage)
            {
                matchers[(relation.Name, language)] = PhraseMatcher<bool>.Of(words, true);
            }
        }
        return matchers;
    }
}
