using Graph.Extraction.Ontology;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// A cue set matched per language, for lists whose words fold onto another language's words (French "à" is "a").
/// An article in a language the set does not list is matched against every language's words.
/// </summary>
internal sealed class LanguageCue
{
    private readonly Dictionary<string, PhraseMatcher<bool>> byLanguage = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> all = new();

    public LanguageCue(TermSet terms)
    {
        foreach (var (language, words) in terms.ByLanguage)
        {
            var matcher = new PhraseMatcher<bool>();
            foreach (var word in words)
            {
                matcher.Add(word, true);
                all.Add(word, true);
            }
            byLanguage[language] = matcher;
        }
    }

    public PhraseMatcher<bool> For(string language) => byLanguage.GetValueOrDefault(language) ?? all;
}
