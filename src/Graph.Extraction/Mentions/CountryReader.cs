using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>Reads a country named inside a description: by demonym ("sud-coréenne"), possessive ("Japan's") or name.</summary>
internal sealed class CountryReader(DomainLexicon lexicon)
{
    /// <summary>A demonym ("South Korean", "sud-coréenne") or, when <paramref name="possessive"/>, a name with "'s" ("Japan's").</summary>
    /// <param name="words">The <see cref="PhraseStarts"/> of each token, if the caller has them: words starting no demonym or name are not looked up.</param>
    public (int End, KnownEntity Country)? Adjective(ImmutableArray<Token> tokens, int i, int limit, bool possessive = true, PhraseStart[]? words = null)
    {
        if (i >= limit)
        {
            return null;
        }
        if ((words is null || (words[i] & PhraseStart.Demonym) != 0)
            && lexicon.Demonyms.MatchAt(tokens, i, limit) is { } demonym && CountryOf(demonym.Values, id => id) is { } byDemonym)
        {
            return (demonym.End, byDemonym);
        }
        if (possessive && Name(tokens, i, limit, words) is { } name && name.End + 1 < limit && tokens[name.End].Text is "'" or "’" && lexicon.Grammar.PossessiveEndings.Contains(tokens[name.End + 1].Folded))
        {
            return (name.End + 2, name.Country);
        }
        return null;
    }

    /// <summary>A country's own name, or its capital's, capitalised ("la Suède", "Seoul").</summary>
    public (int End, KnownEntity Country)? Name(ImmutableArray<Token> tokens, int i, int limit, PhraseStart[]? words = null)
    {
        if (i < limit && tokens[i].IsCapitalized && (words is null || (words[i] & PhraseStart.Name) != 0) && lexicon.Names.MatchAt(tokens, i, limit) is { } name
            && CountryOf(name.Values, entry => entry.EntityId) is { } country)
        {
            return (name.End, country);
        }
        return null;
    }

    // A list and a static selector rather than an enumerable: asked at every capitalised token, it should not allocate.
    private KnownEntity? CountryOf<T>(IReadOnlyList<T> values, Func<T, string> idOf)
    {
        for (var v = 0; v < values.Count; v++)
        {
            var id = idOf(values[v]);
            if (lexicon.FindEntity(id) is { } entity)
            {
                if (lexicon.Kinds.Is(entity.Type, EntityKind.Country))
                {
                    return entity;
                }
                if (entity.CapitalOf is { } country)
                {
                    return lexicon.FindEntity(country);
                }
            }
        }
        return null;
    }
}
