using System.Collections.Immutable;
using Graph.Core.Graph;

namespace Graph.IntegrationTests.Support;

/// <summary>Builds a GraphBatch by hand; every fact and statement gets its evidence, as the mapper would.</summary>
internal sealed class BatchBuilder(string articleId, string sha256)
{
    private readonly List<EntityNode> _entities = [];
    private readonly List<MentionEdge> _mentions = [];
    private readonly List<FactEdge> _facts = [];
    private readonly List<StatementNode> _statements = [];
    private readonly List<EvidenceNode> _evidence = [];

    public BatchBuilder Entity(string id, string label, string name, params string[] aliases)
    {
        _entities.Add(new EntityNode(id, label, name, [.. aliases], null));
        _mentions.Add(new MentionEdge(id, 1));
        return this;
    }

    public BatchBuilder Fact(string subject, string type, string @object, params (string Key, object Value)[] qualifiers)
    {
        var properties = qualifiers.Aggregate(ImmutableSortedDictionary<string, object>.Empty, (d, q) => d.Add(q.Key, q.Value));
        _facts.Add(new FactEdge(subject, type, @object, properties));
        _evidence.Add(new EvidenceNode(NextEvidenceId(), type, subject, @object, false, $"{subject} {type} {@object}.", 0, 20, 0.9));
        return this;
    }

    public BatchBuilder Statement(string id, string speaker, string text, params string[] about)
    {
        _statements.Add(new StatementNode(id, speaker, text, "en", [.. about]));
        _evidence.Add(new EvidenceNode(NextEvidenceId(), "STATED", speaker, id, true, text, 30, 60, 0.8));
        return this;
    }

    public GraphBatch Build() => new(
        new ArticleNode(articleId, $"Title of {articleId}", "Wire", $"https://example.org/{articleId}", "2024-02-24", "en", sha256),
        [.. _entities],
        [.. _mentions],
        [.. _facts],
        [.. _statements],
        [.. _evidence]);

    private string NextEvidenceId() => $"{articleId}/ev{_evidence.Count + 1}";
}
