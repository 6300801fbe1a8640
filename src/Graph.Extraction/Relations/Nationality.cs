using Graph.Extraction.Ontology;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// The state a person acts for: from a demonym in the titles the article gives them ("le dirigeant nord-coréen
/// Kim Jong-un", "Russian President Vladimir Putin"), else from a demonym in their roles in the ontology.
/// Used when a relation only states can hold ("Kim a décidé d'envoyer des troupes": North Korea deploys).
/// </summary>
internal sealed class Nationality
{
    private const int TitleWindow = 4;
    private readonly DomainLexicon lexicon;
    private readonly Dictionary<string, string> fromRoles = new(StringComparer.Ordinal);

    public Nationality(DomainLexicon lexicon)
    {
        this.lexicon = lexicon;
        var demonyms = new List<(string Key, string Country)>();
        foreach (var entity in lexicon.Ontology.Entities)
        {
            if (lexicon.Kinds.Is(entity.Type, EntityKind.Country))
            {
                demonyms.AddRange(entity.Demonyms.All.Select(d => ($" {PhraseKey.Of(d)} ", entity.Id)));
            }
        }
        foreach (var person in lexicon.Ontology.Entities.Where(e => lexicon.Kinds.Is(e.Type, EntityKind.Person)))
        {
            foreach (var role in person.Roles.All)
            {
                var key = $" {PhraseKey.Of(role)} ";
                if (demonyms.FirstOrDefault(d => key.Contains(d.Key, StringComparison.Ordinal)) is { Country: { } country })
                {
                    fromRoles[person.Id] = country;
                    break;
                }
            }
        }
    }

    public string? CountryOf(string personId, ResolutionResult resolution, ArticleDocument document)
    {
        foreach (var mention in resolution.Mentions)
        {
            if (mention.EntityId == personId && TitleDemonym(document, mention.TokenStart) is { } country)
            {
                return country;
            }
        }
        return fromRoles.GetValueOrDefault(personId);
    }

    private string? TitleDemonym(ArticleDocument document, int start)
    {
        var sentence = document.SentenceOf(start);
        for (var k = Math.Max(0, start - TitleWindow); k < start; k++)
        {
            if (document.SentenceOf(k) == sentence && lexicon.Demonyms.MatchAt(document.Tokens, k, start) is { } demonym)
            {
                foreach (var id in demonym.Values)
                {
                    if (lexicon.Ontology.FindEntity(id) is { } entity && lexicon.Kinds.Is(entity.Type, EntityKind.Country))
                    {
                        return id;
                    }
                }
            }
        }
        return null;
    }
}
