using System.Collections.Immutable;
using Graph.Core.Extraction;
using Graph.Evaluation.Tests.Scores;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;
using Xunit.Abstractions;

namespace Graph.Evaluation.Tests.Identity;

/// <summary>
/// The seeds and both development sets extracted together, as one graph holds them (one node per id, the union of
/// every article's names): no two nodes that share a transliteration key or a name are one gold referent.
/// </summary>
public sealed class OneReferentOneNodeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_two_nodes_sharing_a_key_or_a_name_are_one_referent_across_seeds_and_both_development_sets()
    {
        if (ExtractionScoring.SharedFolder() is not { } shared)
        {
            output.WriteLine("skipped: ../shared (gold alias tables, dev and dev2 articles) is absent in this clone");
            return;
        }
        var root = ExtractionScoring.RepositoryRoot();
        var ontology = OntologyLoader.Load(Path.Combine(root, "ontology", "ontology.yaml"));
        var nodes = await NodesAsync(ontology, [Path.Combine(root, "seeds"), Path.Combine(shared, "dev", "articles"), Path.Combine(shared, "dev2", "articles")]);
        var gold = Combined([Path.Combine(shared, "gold", "entities.yaml"), Path.Combine(shared, "dev", "gold", "entities.yaml"), Path.Combine(shared, "dev2", "gold", "entities.yaml")]);
        var keys = new TransliterationKey(ontology.Transliteration);

        // Nodes of one type indexed by each name's key and folded form: every pair met under one index is compared.
        var byIndex = new Dictionary<string, List<ExtractedEntity>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var name in node.Aliases.Append(node.Name).SelectMany(n => new[] { "key:" + keys.MatchKey(n), "name:" + PhraseKey.Of(n) }).Distinct())
            {
                var index = node.Type + "|" + name;
                if (!byIndex.TryGetValue(index, out var list))
                {
                    byIndex[index] = list = [];
                }
                list.Add(node);
            }
        }
        var pairs = byIndex.Values.Where(l => l.Count > 1)
            .SelectMany(l => l.SelectMany((a, i) => l.Skip(i + 1).Select(b => string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a))))
            .DistinctBy(p => (p.Item1.Id, p.Item2.Id)).ToList();
        var split = new List<string>();
        foreach (var (a, b) in pairs)
        {
            // Each node's referent is read from its own name: shared generic aliases ("l'accord") say nothing of it.
            var referentA = EntityMapper.Map(a with { Aliases = [] }, gold, null);
            var referentB = EntityMapper.Map(b with { Aliases = [] }, gold, null);
            var verdict = referentA is not null && referentA == referentB ? $"ONE REFERENT ({referentA})" : $"distinct ({referentA ?? "-"} / {referentB ?? "-"})";
            output.WriteLine($"{a.Type}: {a.Id} [{a.Name}] ~ {b.Id} [{b.Name}]: {verdict}");
            if (referentA is not null && referentA == referentB)
            {
                split.Add($"{a.Id} / {b.Id} are both {referentA}");
            }
        }
        output.WriteLine($"{nodes.Count} nodes, {pairs.Count} pairs sharing a key or a name compared, {split.Count} split referents");

        Assert.True(nodes.Count > 300, $"only {nodes.Count} nodes extracted");
        Assert.Empty(split);
    }

    /// <summary>One node per id, as the graph merges them: every article's names of it.</summary>
    private static async Task<List<ExtractedEntity>> NodesAsync(OntologyDefinition ontology, string[] folders)
    {
        var pipeline = new ExtractionPipeline(ontology);
        var byId = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            await foreach (var file in new FileArticleSource([folder]).ReadAsync(CancellationToken.None))
            {
                Assert.True(file.Succeeded, $"{file.Path}: {file.Error}");
                foreach (var entity in pipeline.Extract(file.Article!).Entities)
                {
                    var names = entity.Mentions.Select(m => m.Text).Concat(entity.Aliases).ToImmutableArray();
                    byId[entity.Id] = byId.TryGetValue(entity.Id, out var seen)
                        ? seen with { Aliases = [.. seen.Aliases.Union(names, StringComparer.Ordinal)] }
                        : entity with { Aliases = [.. names.Distinct(StringComparer.Ordinal)], Mentions = [] };
                }
            }
        }
        return [.. byId.Values];
    }

    /// <summary>The gold alias tables as one: an id several tables use gets all their names.</summary>
    private static AliasTable Combined(string[] paths) =>
        new(paths.Where(File.Exists).SelectMany(p => AliasTable.Load(p).Entries.Values)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.First() with
            {
                Aliases = [.. g.SelectMany(e => e.Aliases).Distinct(StringComparer.Ordinal)],
                GovernmentAliases = [.. g.SelectMany(e => e.GovernmentAliases).Distinct(StringComparer.Ordinal)],
            }));
}
