using System.Collections.Immutable;
using Graph.Core;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Within-article resolution: one entity per referent. Known names resolve to the ontology; roles to the person
/// the article introduced with that role, else to the ontology's holder of the role; lone surnames to the
/// person named in full; capitals acting or speaking to their country; treaty nouns to the article's treaty.
/// </summary>
internal sealed class EntityResolver(DomainLexicon lexicon)
{
    private readonly CapitalUsage capitals = new(lexicon);

    public ResolutionResult Resolve(ArticleDocument document, ImmutableArray<RawMention> raw)
    {
        var state = new ResolutionState(document, lexicon.Ontology);
        var byStart = raw.ToDictionary(m => m.TokenStart);
        bool StartsGovernmentLike(int token) =>
            byStart.TryGetValue(token, out var m) && (m.Kind == MentionKind.Capital || m.Type == "Country");

        // Pass 1: everything that names its referent by itself.
        foreach (var mention in raw)
        {
            switch (mention.Kind)
            {
                case MentionKind.KnownName:
                    state.Add(mention, Known(mention.EntityId!));
                    break;
                case MentionKind.Capital:
                    var city = lexicon.Ontology.FindEntity(mention.EntityId!)!;
                    state.Add(mention, Known(capitals.IsGovernment(document, mention.TokenStart, mention.TokenEnd, StartsGovernmentLike) ? city.CapitalOf! : city.Id));
                    break;
                case MentionKind.NewName:
                    state.Add(mention, new ResolvedEntity(Slug.Of(mention.Name!), mention.Name!, mention.Type!, null, false));
                    break;
            }
        }

        // Pass 2: roles bound by apposition ("le président russe Vladimir Poutine") then lone roles.
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in raw.Where(m => m.Kind == MentionKind.Role))
        {
            if (state.PersonStartingAt(mention.TokenEnd) is { } person)
            {
                bindings[RoleKey(document, mention)] = person;
            }
        }
        foreach (var mention in raw.Where(m => m.Kind == MentionKind.Role))
        {
            var id = bindings.GetValueOrDefault(RoleKey(document, mention)) ?? mention.EntityId!;
            state.Add(mention, state.Entity(id) ?? Known(id));
        }

        // Pass 3: lone surnames, then treaty nouns, which need the article's full cast.
        foreach (var mention in raw.Where(m => m.Kind == MentionKind.NamePart))
        {
            if (state.PersonWithNamePart(TextFolding.Fold(mention.Name!)) is { } person)
            {
                state.Add(mention, person);
            }
            else if (HasHonorific(document, mention.TokenStart))
            {
                state.Add(mention, new ResolvedEntity(Slug.Of(mention.Name!), mention.Name!, "Person", null, false));
            }
        }
        var treaties = new ArticleTreatyFinder(lexicon);
        var articleTreaty = treaties.Find(state);
        foreach (var mention in raw.Where(m => m.Kind == MentionKind.TreatyNoun))
        {
            if ((treaties.FindNear(state, document.SentenceOf(mention.TokenStart)) ?? articleTreaty) is { } treaty)
            {
                state.Add(mention, treaty);
            }
        }
        return state.Result();
    }

    private ResolvedEntity Known(string id)
    {
        var entity = lexicon.Ontology.FindEntity(id)!;
        return new ResolvedEntity(entity.Id, entity.Name, entity.Type, entity.Wikidata, true);
    }

    private static string RoleKey(ArticleDocument document, RawMention mention) =>
        PhraseKey.Of(document.Tokens.Skip(mention.TokenStart).Take(mention.Length));

    private static bool HasHonorific(ArticleDocument document, int start)
    {
        var k = start - 1;
        if (k >= 0 && document.Tokens[k].Text == ".")
        {
            k--;
        }
        return k >= 0 && document.Tokens[k].Folded is "m" or "mme" or "mr" or "mrs" or "ms" or "dr" or "mlle";
    }
}
