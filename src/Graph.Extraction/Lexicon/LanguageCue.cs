using Graph.Extraction.Ontology;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// A cue set matched per language, for lists whose words fold onto another language's words (French "à" is "a").
/// An article in a language the set does not list is matched against every language's words.
/// </summary>
internal sealed class LanguageCue
{
    private readonly Dictionary<string, PhraseMatcher<bool>> byLanguage;
    private readonly PhraseMatcher<bool> all;

    public LanguageCue(TermSet terms)
    {
        byLanguage = terms.ByLanguage.ToDictionary(p => p.Key, p => PhraseMatcher<bool>.Of(p.Value, true), StringComparer.Ordinal);
        all = PhraseMatcher<bool>.Of(terms.ByLanguage.Values.SelectMany(words => words), true);
    }

    public PhraseMatcher<bool> For(string language) => byLanguage.GetValueOrDefault(language) ?? all;
}
