using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Graph.Core.Extraction;
using Graph.Core.Graph;

namespace Graph.Extraction.Mapping;

/// <summary>
/// Maps one article's extraction to the graph shape the store writes: entity nodes, mention counts, fact
/// relationships, statements, and one evidence node per fact and sentence. Ids are deterministic, so mapping
/// the same extraction twice gives the same batch.
/// </summary>
public static class GraphMapper
{
    public static GraphBatch Map(ArticleExtraction extraction)
    {
        var article = extraction.Article;
        var entities = extraction.Entities
            .Select(e => new EntityNode(e.Id, e.Type, e.Name, e.Aliases.Add(e.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), e.Wikidata))
            .ToImmutableArray();
        var mentions = extraction.Entities.Select(e => new MentionEdge(e.Id, Math.Max(1, e.Mentions.Length))).ToImmutableArray();

        var facts = extraction.Relations
            .Where(f => f.Object is not null)
            .GroupBy(f => (f.Subject, f.Type, f.Object))
            .Select(g => new FactEdge(g.Key.Subject, g.Key.Type, g.Key.Object!, g.OrderByDescending(f => f.Confidence).First().Properties))
            .ToImmutableArray();

        var known = extraction.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var statements = ImmutableArray.CreateBuilder<StatementNode>();
        var evidence = ImmutableArray.CreateBuilder<EvidenceNode>();
        foreach (var fact in extraction.Relations)
        {
            var objectId = fact.Object;
            if (fact.Object is null)
            {
                var statement = fact.Statement ?? new Statement(fact.Sentence, fact.SentenceSpan, []);
                objectId = Hash("statement", article.Id, fact.Subject, fact.SentenceSpan.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                // A statement may be about something the article names only in passing and that was not kept as an entity.
                var about = statement.About.Where(known.Contains).ToImmutableArray();
                statements.Add(new StatementNode(objectId, fact.Subject, statement.Text, article.Language, about));
            }
            evidence.Add(new EvidenceNode(
                Hash("evidence", article.Id, fact.Type, fact.Subject, objectId!, fact.SentenceSpan.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                fact.Type, fact.Subject, objectId!, fact.Object is null, fact.Sentence, fact.SentenceSpan.Start, fact.SentenceSpan.End, fact.Confidence));
        }

        var node = new ArticleNode(article.Id, article.Title, article.Source, article.Url, article.Published, article.Language, article.Sha256, extraction.ExtractorVersion);
        return new GraphBatch(node, entities, mentions, facts,
            statements.DistinctBy(s => s.Id).ToImmutableArray(), evidence.DistinctBy(e => e.Id).ToImmutableArray());
    }

    private static string Hash(params string[] parts)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)), digest);
        // 20 hex digits: the first 10 bytes of the digest.
        return $"{parts[0]}-{Convert.ToHexStringLower(digest[..10])}";
    }
}
