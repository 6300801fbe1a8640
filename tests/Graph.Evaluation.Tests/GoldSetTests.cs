using Graph.Evaluation.Tests.Support;

namespace Graph.Evaluation.Tests;

public sealed class GoldSetTests : IDisposable
{
    private readonly GoldFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_multi_document_file_loads_every_article_with_its_fields()
    {
        var gold = GoldSet.Load(files.Write("gold.yaml", TinyGold.Gold));

        Assert.Equal(["a1.txt", "a2.txt"], gold.Articles.Select(a => a.Article));
        var a1 = gold.Find("a1.txt")!;
        Assert.Equal("fr", a1.Language);
        Assert.Equal(4, a1.Entities.Length);
        Assert.Equal(new GoldEntity("news-agency", "Organization"), Assert.Single(a1.OptionalEntities));
        var deployed = a1.Relations[1];
        Assert.Equal(new RelationTriple("north-land", "DEPLOYED", "russia"), deployed.Triple);
        Assert.Equal(1000, deployed.Troops);
        Assert.Equal(["south-land", "news-agency"], deployed.ClaimedBy.ToArray());
        Assert.Null(a1.Relations[2].Object);

        var a2 = gold.Find("a2.txt")!.Relations[0];
        Assert.Equal(["news-agency"], a2.ClaimedBy.ToArray());
        Assert.Equal([10L, 20L], a2.AltTroops.ToArray());
        Assert.Equal(["north-land"], a2.AltClaimedBy.ToArray());
        Assert.Empty(gold.Find("a2.txt")!.OptionalRelations);
    }

    [Fact]
    public void A_folder_loads_every_yaml_file_except_the_alias_table()
    {
        var parts = TinyGold.Gold.Split("---\n", StringSplitOptions.RemoveEmptyEntries);
        files.Write("x2.yaml", parts[2]);
        files.Write("x1.yaml", parts[1]);
        files.Write("entities.yaml", TinyGold.Aliases);

        Assert.Equal(["a1.txt", "a2.txt"], GoldSet.Load(files.Folder).Articles.Select(a => a.Article));
    }

    [Fact]
    public void A_relation_without_rel_is_reported_with_file_and_line()
    {
        var path = files.Write("bad.yaml", "article: b.txt\nlanguage: fr\nrelations:\n  - {s: x}\n");
        var error = Assert.Throws<GoldFormatException>(() => GoldSet.Load(path));
        Assert.Contains("bad.yaml", error.Message);
        Assert.Contains("line 4", error.Message);
        Assert.Contains("'rel'", error.Message);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_file_and_line()
    {
        var path = files.Write("broken.yaml", "article: b.txt\nentities: [\n");
        var error = Assert.Throws<GoldFormatException>(() => GoldSet.Load(path));
        Assert.Contains("broken.yaml", error.Message);
    }
}
