using System.Text;

namespace Graph.Evaluation;

/// <summary>
/// Matching keys for names: case-, accent-, hyphen-, space-, apostrophe- and punctuation-insensitive, so
/// "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" meet, as do "l'Ukraine" and "l’Ukraine".
/// </summary>
internal static class NameKey
{
    private static readonly string[] Determiners =
        ["the ", "a ", "an ", "le ", "la ", "les ", "l'", "l’", "un ", "une ", "du ", "de la ", "des ", "de l'", "de l’", "de ", "d'", "d’"];

    internal static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key without a leading article ("la Russie" → "russie"), or null when there is none.</summary>
    internal static string? WithoutDeterminer(string name)
    {
        var trimmed = name.TrimStart();
        foreach (var determiner in Determiners)
        {
            if (trimmed.Length > determiner.Length && trimmed.StartsWith(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return Of(trimmed[determiner.Length..]);
            }
        }

        return null;
    }

    /// <summary>Strips a trailing parenthetical note: "Pyongyang (as a government)" → "Pyongyang".</summary>
    internal static string StripNote(string alias, out string? note)
    {
        note = null;
        var trimmed = alias.Trim();
        if (!trimmed.EndsWith(')'))
        {
            return trimmed;
        }

        var open = trimmed.LastIndexOf('(');
        if (open <= 0)
        {
            return trimmed;
        }

        note = trimmed[(open + 1)..^1].Trim();
        return trimmed[..open].Trim();
    }
}
