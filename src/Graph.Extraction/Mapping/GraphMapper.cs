using System.Collections.Immutable;
using Graph.Core.Extraction;
using Graph.Core.Graph;

namespace Graph.Extraction.Mapping;

/// <summary>
/// Maps one article's extraction to the graph shape the store writes: entity nodes, mention counts, fact
/// relationships, statements, and one evidence node per fact and sentence. Ids are deterministic, so mapping
/// the same extraction twice gives the same batch.
/// </summary>
/// <remarks>Runs for every article: plain loops rather than LINQ, and ids hashed without intermediate strings.</remarks>
public static class GraphMapper
{
    public static GraphBatch Map(ArticleExtraction extraction)
    {
        var article = extraction.Article;
        var entities = ImmutableArray.CreateBuilder<EntityNode>(extraction.Entities.Length);
        var mentions = ImmutableArray.CreateBuilder<MentionEdge>(extraction.Entities.Length);
        foreach (var e in extraction.Entities)
        {
            entities.Add(new EntityNode(e.Id, e.Type, e.Name, SortedNames.With(e.Aliases, e.Name), e.Wikidata) { Iso3166 = e.Iso3166, GeoNames = e.GeoNames });
            mentions.Add(new MentionEdge(e.Id, Math.Max(1, e.Mentions.Length)));
        }

        HashSet<string>? known = null;
        var statements = ImmutableArray.CreateBuilder<StatementNode>();
        var evidence = ImmutableArray.CreateBuilder<EvidenceNode>(extraction.Relations.Length);
        var seenIds = new HashSet<string>(extraction.Relations.Length, StringComparer.Ordinal);
        foreach (var fact in extraction.Relations)
        {
            var objectId = fact.Object;
            if (objectId is null)
            {
                var statement = fact.Statement ?? new Statement(fact.Sentence, fact.SentenceSpan, []);
                objectId = IdHash.Of("statement", article.Id, fact.Subject, fact.SentenceSpan.Start);
                // A statement may be about something the article names only in passing and that was not kept as an entity.
                known ??= EntityIds(extraction.Entities);
                var about = KnownOnly(statement.About, known);
                // Statements and evidence keep the first node of each id, as DistinctBy did.
                if (seenIds.Add(objectId))
                {
                    statements.Add(new StatementNode(objectId, fact.Subject, statement.Text, article.Language, about));
                }
            }
            var evidenceId = IdHash.Of("evidence", article.Id, fact.Type, fact.Subject, objectId, fact.SentenceSpan.Start);
            if (seenIds.Add(evidenceId))
            {
                evidence.Add(new EvidenceNode(
                    evidenceId, fact.Type, fact.Subject, objectId, fact.Object is null, fact.Sentence, fact.SentenceSpan.Start, fact.SentenceSpan.End, fact.Confidence,
                    fact.Object is null || fact.Properties.IsEmpty ? null : fact.Properties));
            }
        }

        var node = new ArticleNode(article.Id, article.Title, article.Source, article.Url, article.Published, article.Language, article.Sha256, extraction.ExtractorVersion);
        return new GraphBatch(node, entities.MoveToImmutable(), mentions.MoveToImmutable(), FactEdges(extraction.Relations),
            statements.DrainToImmutable(), evidence.DrainToImmutable());
    }

    /// <summary>One edge per (subject, type, object), in order of first fact, with the properties of its most confident fact (the first on ties).</summary>
    private static ImmutableArray<FactEdge> FactEdges(ImmutableArray<Fact> facts)
    {
        var best = new List<Fact>(facts.Length);
        var index = new Dictionary<(string, string, string), int>(facts.Length);
        foreach (var fact in facts)
        {
            if (fact.Object is not { } obj)
            {
                continue;
            }
            if (!index.TryGetValue((fact.Subject, fact.Type, obj), out var at))
            {
                index[(fact.Subject, fact.Type, obj)] = best.Count;
                best.Add(fact);
            }
            else if (Comparer<double>.Default.Compare(fact.Confidence, best[at].Confidence) > 0)
            {
                best[at] = fact;
            }
        }
        var edges = ImmutableArray.CreateBuilder<FactEdge>(best.Count);
        foreach (var fact in best)
        {
            edges.Add(new FactEdge(fact.Subject, fact.Type, fact.Object!, fact.Properties));
        }
        return edges.MoveToImmutable();
    }

    private static HashSet<string> EntityIds(ImmutableArray<ExtractedEntity> entities)
    {
        var ids = new HashSet<string>(entities.Length, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            ids.Add(entity.Id);
        }
        return ids;
    }

    private static ImmutableArray<string> KnownOnly(ImmutableArray<string> about, HashSet<string> known)
    {
        foreach (var id in about)
        {
            if (!known.Contains(id))
            {
                var kept = ImmutableArray.CreateBuilder<string>(about.Length);
                foreach (var candidate in about)
                {
                    if (known.Contains(candidate))
                    {
                        kept.Add(candidate);
                    }
                }
                return kept.DrainToImmutable();
            }
        }
        return about;
    }
}
