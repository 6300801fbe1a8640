using System.Collections.Immutable;
using Graph.Core.Graph;

namespace Graph.Neo4j.Tests.Support;

/// <summary>A small hand-made batch: two entities, one fact with its evidence, one statement with its evidence.</summary>
internal static class Batches
{
    public static GraphBatch Sample(string relationType = "ATTACKED") => new(
        new ArticleNode("a1", "Title", "Source", "https://example.org/a1", "2024-01-01", "en", "sha-1"),
        [
            new EntityNode("e:russia", "Country", "Russia", ["Russian Federation"], "Q159"),
            new EntityNode("e:kyiv", "City", "Kyiv", ["Kiev"], null),
        ],
        [new MentionEdge("e:russia", 2), new MentionEdge("e:kyiv", 1)],
        [new FactEdge("e:russia", relationType, "e:kyiv", ImmutableSortedDictionary<string, object>.Empty.Add("date", "2024-01-01"))],
        [new StatementNode("s1", "e:russia", "We will win", "en", ["e:kyiv"])],
        [
            new EvidenceNode("ev1", relationType, "e:russia", "e:kyiv", false, "Russia attacked Kyiv.", 0, 21, 0.9),
            new EvidenceNode("ev2", "STATED", "e:russia", "s1", true, "Russia said: we will win.", 22, 47, 0.8),
        ]);
}
