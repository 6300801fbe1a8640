using System.Collections.Frozen;

namespace Graph.Extraction.Loading;

/// <summary>Tells French from English by counting frequent function words; the product only reads these two.</summary>
internal static class LanguageDetector
{
    private static readonly FrozenSet<string> French = FrozenSet.Create(StringComparer.Ordinal,
    [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "dans", "pour", "par", "sur", "avec",
        "qui", "que", "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "pas", "ont", "a", "été", "selon", "mais",
        "ou", "se", "sa", "son", "ses", "leur", "leurs", "entre", "après", "contre", "lors", "nous", "vous", "déclaré",
    ]);

    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "on", "with", "that", "this", "by", "as",
        "at", "from", "it", "its", "has", "have", "had", "be", "been", "which", "who", "will", "would", "said", "not",
        "but", "or", "an", "their", "they", "he", "she", "his", "her", "after", "between", "against", "we", "you",
    ]);

    /// <summary>"fr" or "en". Ties go to French, the language of most sources.</summary>
    internal static string Detect(string text)
    {
        int fr = 0, en = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                fr += French.Contains(word) ? 1 : 0;
                en += English.Contains(word) ? 1 : 0;
                start = -1;
            }
        }

        return en > fr ? "en" : "fr";
    }
}
