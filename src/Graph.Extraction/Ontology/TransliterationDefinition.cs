using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Ontology;

/// <summary>
/// The ontology's romanisation rules (<c>transliteration:</c>): variants of one first name, and rewrites of a word,
/// each applied only to words its <see cref="TransliterationRule.When"/> matches. Words are folded to lowercase ASCII first.
/// </summary>
/// <param name="MatchRules">Further folds for matching only ("Kiev"/"Kyiv", "Zelenski"/"Zelensky"): a new name whose
/// match key is a known entity's is that entity; ids and names never take this form.</param>
public sealed record TransliterationDefinition(
    FrozenDictionary<string, string> FirstNames,
    ImmutableArray<TransliterationRule> Rules,
    ImmutableArray<TransliterationRule> MatchRules)
{
    public static readonly TransliterationDefinition None = new(FrozenDictionary<string, string>.Empty, [], []);

    public bool IsEmpty => FirstNames.Count == 0 && Rules.IsEmpty && MatchRules.IsEmpty;
}

/// <summary>Rewrites <see cref="Replace"/> to <see cref="With"/> in a word that <see cref="When"/> (if any) matches.</summary>
public sealed record TransliterationRule(Regex? When, Regex Replace, string With);
