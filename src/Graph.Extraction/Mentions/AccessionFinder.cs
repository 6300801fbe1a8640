using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds a state's accession to an organisation, which the ontology reads as a treaty: "Sweden's NATO membership",
/// "Norway's admission to the Atlantic alliance (NATO)", "the accession of Finland to NATO",
/// "l'adhésion de la Suède à l'OTAN", and "Sweden's accession" in an article that names one such organisation.
/// </summary>
internal sealed class AccessionFinder
{
    private readonly DomainLexicon lexicon;
    private readonly AccessionDefinition? accessions;
    private readonly CountryReader countries;
    private readonly PhraseMatcher<bool> terms = new();
    private readonly PhraseMatcher<bool> standalone = new();

    public AccessionFinder(DomainLexicon lexicon)
    {
        this.lexicon = lexicon;
        accessions = lexicon.Ontology.Accessions;
        countries = new CountryReader(lexicon);
        foreach (var term in accessions?.Terms.All ?? [])
        {
            terms.Add(term, true);
        }
        foreach (var term in accessions?.Standalone.All ?? [])
        {
            standalone.Add(term, true);
        }
    }

    public bool IsEmpty => accessions is null;

    /// <param name="countryHere">The country read at <paramref name="i"/> (<see cref="CountryReader.Adjective"/>), which the caller shares with the institution finder.</param>
    public RawMention? Find(ArticleDocument document, int i, int sentenceEnd, (int End, KnownEntity Country)? countryHere)
    {
        if (accessions is null)
        {
            return null;
        }
        var tokens = document.Tokens;
        // "Sweden's NATO membership", "Sweden's admission to NATO", "Sweden's accession", "the country's accession".
        if ((countryHere ?? TheCountrys(tokens, i, sentenceEnd)) is { } owner)
        {
            if (Organization(tokens, owner.End, sentenceEnd) is { } before && terms.MatchAt(tokens, before.End, sentenceEnd) is { } term)
            {
                return Mention(i, term.End, owner.Country, before.Id, (i, owner.End));
            }
            if (terms.MatchAt(tokens, owner.End, sentenceEnd) is { } named)
            {
                return Joined(document, i, named.End, sentenceEnd, owner.Country, (i, owner.End), standalone.MatchAt(tokens, owner.End, named.End) is not null);
            }
            return null;
        }
        // "the accession of Finland to NATO", "l'adhésion de la Suède à l'OTAN".
        if (terms.MatchAt(tokens, i, sentenceEnd) is { } head && head.End < sentenceEnd && lexicon.Grammar.AccessionOfWords.Contains(tokens[head.End].Folded))
        {
            var k = SkipDeterminers(tokens, head.End + 1, sentenceEnd);
            if ((countries.Name(tokens, k, sentenceEnd) ?? TheCountry(tokens, k, sentenceEnd)) is { } country)
            {
                return Joined(document, i, country.End, sentenceEnd, country.Country, (k, country.End), standalone.MatchAt(tokens, i, head.End) is not null);
            }
        }
        return null;
    }

    /// <summary>The organisation after "to"/"à"/"dans", or, for a standalone term, the one the article names.</summary>
    private RawMention? Joined(ArticleDocument document, int start, int end, int sentenceEnd, KnownEntity country, (int Start, int End) countrySpan, bool mayStandAlone)
    {
        var tokens = document.Tokens;
        if (end < sentenceEnd && lexicon.Grammar.AccessionDestinations.Contains(tokens[end].Folded))
        {
            var k = SkipDeterminers(tokens, end + 1, sentenceEnd);
            if (Organization(tokens, k, sentenceEnd) is { } organization)
            {
                return Mention(start, organization.End, country, organization.Id, countrySpan);
            }
        }
        return mayStandAlone && OnlyOrganizationNamed(document) is { } named ? Mention(start, end, country, named, countrySpan) : null;
    }

    private RawMention Mention(int start, int end, KnownEntity country, string organizationId, (int Start, int End) countrySpan)
    {
        var id = accessions!.IdFor(country.Id, organizationId);
        var organization = lexicon.FindEntity(organizationId)!;
        var name = lexicon.FindEntity(id)?.Name ?? accessions.NameFor(country.Name, organization.Name);
        return new RawMention(start, end, MentionKind.Accession, id, lexicon.Kinds.TypeOf(EntityKind.Agreement), name)
        {
            Country = new NestedMention(countrySpan.Start, countrySpan.End, country.Id),
        };
    }

    private (int End, string Id)? Organization(ImmutableArray<Token> tokens, int k, int limit)
    {
        if (k < limit && lexicon.Names.MatchAt(tokens, k, limit) is { } name)
        {
            foreach (var entry in name.Values)
            {
                if (accessions!.Organizations.Contains(entry.EntityId))
                {
                    return (name.End, entry.EntityId);
                }
            }
        }
        return null;
    }

    /// <summary>The accession organisation the article names, when it names exactly one.</summary>
    private string? OnlyOrganizationNamed(ArticleDocument document)
    {
        string? found = null;
        for (var k = 0; k < document.Tokens.Length; k++)
        {
            if (document.Tokens[k].IsCapitalized && Organization(document.Tokens, k, document.Tokens.Length) is { } organization)
            {
                if (found is not null && found != organization.Id)
                {
                    return null;
                }
                found = organization.Id;
            }
        }
        return found;
    }

    /// <summary>"the country's": the country named last before it.</summary>
    private (int End, KnownEntity Country)? TheCountrys(ImmutableArray<Token> tokens, int i, int limit) =>
        i + 2 < limit && tokens[i + 1].Text is "'" or "’" && lexicon.Grammar.PossessiveEndings.Contains(tokens[i + 2].Folded) && TheCountry(tokens, i, limit) is { } country
            ? (i + 3, country.Country)
            : null;

    /// <summary>"country", "pays" (after "the", "du"): the last country named in the 60 tokens before.</summary>
    private (int End, KnownEntity Country)? TheCountry(ImmutableArray<Token> tokens, int i, int limit)
    {
        if (i >= limit || !lexicon.Grammar.CountryNouns.Contains(tokens[i].Folded) || i == 0 || !lexicon.Grammar.CountryNounDeterminers.Contains(tokens[i - 1].Folded))
        {
            return null;
        }
        for (var k = i - 2; k >= Math.Max(0, i - 60); k--)
        {
            if (countries.Name(tokens, k, i) is { } named)
            {
                return (i + 1, named.Country);
            }
        }
        return null;
    }

    private int SkipDeterminers(ImmutableArray<Token> tokens, int k, int limit)
    {
        while (k < limit && lexicon.Grammar.DefiniteArticles.Contains(tokens[k].Folded))
        {
            k++;
        }
        return k;
    }
}
