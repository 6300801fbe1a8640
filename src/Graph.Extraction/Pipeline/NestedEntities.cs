using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Core;
using Graph.Core.Extraction;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Entities named inside a longer mention ("South Korea" in "South Korea's foreign ministry"): the article
/// mentions them too, so they join the entity list with that mention. They take no part in relation reading,
/// which sees the longer mention only.
/// </summary>
internal sealed class NestedEntities(OntologyDefinition ontology)
{
    private readonly FrozenSet<string> possessiveEndings =
        ontology.Grammar[GrammarDefinition.PossessiveEndings].All.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    public ImmutableArray<ExtractedEntity> Add(ImmutableArray<ExtractedEntity> entities, ImmutableArray<RawMention> raw, ArticleDocument document)
    {
        Dictionary<string, ExtractedEntity>? byId = null;
        foreach (var mention in raw)
        {
            if (mention.Country is not { } nested || ontology.FindEntity(nested.EntityId) is not { } known)
            {
                continue;
            }
            byId ??= entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var found = new Mention(TextOf(document, nested, out var span), span);
            byId[known.Id] = byId.TryGetValue(known.Id, out var existing) ? With(existing, found) : New(known, found);
        }
        if (byId is null)
        {
            return entities;
        }
        return [.. byId.Values.OrderBy(e => e.Mentions.IsEmpty ? int.MaxValue : e.Mentions[0].Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The country's words without the possessive: "South Korea" of "South Korea's".</summary>
    private string TextOf(ArticleDocument document, NestedMention nested, out TextSpan span)
    {
        var end = nested.TokenEnd;
        if (end - nested.TokenStart > 2 && possessiveEndings.Contains(document.Tokens[end - 1].Folded) && document.Tokens[end - 2].Text is "'" or "’")
        {
            end -= 2;
        }
        span = new TextSpan(document.Tokens[nested.TokenStart].Start, document.Tokens[end - 1].End);
        return document.Text[span.Start..span.End];
    }

    private static ExtractedEntity With(ExtractedEntity entity, Mention mention)
    {
        if (entity.Mentions.Any(m => m.Span == mention.Span))
        {
            return entity;
        }
        var aliases = entity.Aliases.Contains(mention.Text) || mention.Text == entity.Name ? entity.Aliases : entity.Aliases.Add(mention.Text).Sort(StringComparer.Ordinal);
        return entity with { Aliases = aliases, Mentions = [.. entity.Mentions.Append(mention).OrderBy(m => m.Span.Start)] };
    }

    private static ExtractedEntity New(KnownEntity known, Mention mention)
    {
        var aliases = known.Aliases.All.Append(mention.Text).Where(a => a != known.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new ExtractedEntity(known.Id, known.Name, known.Type, [.. aliases], known.Wikidata, [mention]);
    }
}
