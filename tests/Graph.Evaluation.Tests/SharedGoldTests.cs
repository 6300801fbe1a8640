namespace Graph.Evaluation.Tests;

/// <summary>
/// Checks the real gold files load, when the shared folder sits beside the repository (../shared). Without it the
/// tests are reported as skipped, with the reason (Xunit.SkippableFact: xunit 2 has no dynamic skip of its own).
/// </summary>
public sealed class SharedGoldTests
{
    private static string? SharedGold()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", "gold");
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }

    [SkippableFact]
    public void The_seed_gold_and_its_alias_table_load()
    {
        var shared = SharedGold();
        Skip.If(shared is null, "../shared/gold is not beside the repository root; nothing to check.");

        var gold = GoldSet.Load(Path.Combine(shared, "seeds.yaml"));
        var aliases = AliasTable.Load(Path.Combine(shared, "entities.yaml"));

        Assert.Equal(5, gold.Articles.Length);
        Assert.All(gold.Articles, a => Assert.Equal("fr", a.Language));
        var ids = gold.Articles.SelectMany(a => a.Entities.Concat(a.OptionalEntities)).Select(e => e.Id)
            .Concat(gold.Articles.SelectMany(a => a.Relations.Concat(a.OptionalRelations)).SelectMany(r => new[] { r.Subject, r.Object }.OfType<string>()))
            .Distinct();
        Assert.All(ids, id => Assert.True(aliases.TryGet(id, out _), $"{id} is missing from entities.yaml"));
        Assert.Equal(["Moscou"], aliases.Entries["russia"].GovernmentAliases.ToArray());
    }

    [SkippableFact]
    public void The_dev_gold_folder_and_its_alias_table_load()
    {
        var shared = SharedGold();
        var dev = shared is null ? null : Path.Combine(Path.GetDirectoryName(shared)!, "dev", "gold");
        Skip.If(dev is null || !Directory.Exists(dev), "../shared/dev/gold is not beside the repository root; nothing to check.");

        var gold = GoldSet.Load(dev);
        var aliases = AliasTable.Load(Path.Combine(dev, "entities.yaml"));

        Assert.Equal(24, gold.Articles.Length);
        Assert.Equal(16, gold.Articles.Count(a => a.Language == "fr"));
        Assert.Equal(246, gold.Articles.Sum(a => a.Entities.Length));
        Assert.Equal(129, aliases.Entries.Count);
    }
}
