using System.Collections.Frozen;

namespace Graph.Extraction.Relations;

/// <summary>
/// The closed-class words relation extraction reasons with (prepositions, auxiliaries, determiners).
/// They are grammar, not domain knowledge, so they live in code rather than in the ontology.
/// Frozen sets: they are asked at almost every token, and a frozen set of a few short strings answers faster than a hash set.
/// </summary>
internal static class Grammar
{
    public static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet<string>(
        ["de", "d'", "du", "des", "a", "au", "aux", "en", "dans", "avec", "contre", "pour", "sur", "sous", "vers", "chez", "entre", "par",
         "apres", "avant", "depuis", "selon", "aupres", "envers", "of", "with", "to", "in", "at", "from", "against", "for", "on", "into",
         "between", "by", "among", "after", "before", "since", "than", "about", "via", "toward", "towards", "over"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet<string>(
        ["le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "the", "an", "its", "his", "her", "their"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.ToFrozenSet<string>(["ete", "été", "was", "were", "been", "being", "est", "sont", "etait", "is", "are"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Agents = FrozenSet.ToFrozenSet<string>(["par", "by"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> ClauseBoundaries = FrozenSet.ToFrozenSet<string>([";", ":", "«", "“", "que", "qu'", "\""], StringComparer.Ordinal);

    /// <summary>Relative adverbs that open a clause; matched on the raw text because "où" folds to "ou" (or).</summary>
    public static readonly FrozenSet<string> ClauseAdverbs = FrozenSet.ToFrozenSet<string>(["où", "Où", "where", "Where"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet<string>(["pas", "jamais", "not", "never", "n't", "ni", "nor"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet<string>(["qui", "who", "which"], StringComparer.Ordinal);

    /// <summary>Words that may sit between an inverted speech verb and its speaker ("a indiqué mercredi l'agence").</summary>
    public static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet<string>(
        ["mercredi", "mardi", "jeudi", "lundi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "encore", "egalement", "aussi", "ainsi",
         "le", "la", "les", "l'", "un", "une", "son", "sa", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "on", "the", "also", "then", "soir", "matin", "dernier", "derniere", "officielle", "officiel", "t", "il", "elle", "-", "on", "yesterday", "today"], StringComparer.Ordinal);

    /// <summary>Auxiliaries, subject pronouns and linking words that may sit between a subject and its verb.</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet<string>(
        ["a", "ont", "avait", "avaient", "aurait", "auraient", "eu", "est", "sont", "etait", "etaient", "serait", "seraient", "sera", "seront", "ete", "soit", "is", "are", "was", "were", "been", "be", "being", "has", "have", "had", "having", "il", "elle", "ils", "elles", "he", "she", "they", "it", "t", "qui", "who", "which", "that", "and", "et", "also", "jointly"], StringComparer.Ordinal);

    /// <summary>Adverbs without an adverb ending ("-ment", "-ly" are adverbs too).</summary>
    public static readonly FrozenSet<string> Adverbs = FrozenSet.ToFrozenSet<string>(
        ["deja", "jamais", "ensuite", "aussi", "enfin", "recemment", "already", "recently", "just", "formally", "later", "then", "again", "still", "soon", "finally"],
        StringComparer.Ordinal);

    /// <summary>Words that open another clause: a more specific place after one of them is not where the act went.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["qui", "que", "qu'", "which", "that", "who", "while", "but", "mais", "tandis", "alors", "whereas"], StringComparer.Ordinal);
}
