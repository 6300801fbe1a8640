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
}
