using Graph.Worker.Export;

namespace Graph.Worker.Tests.Export;

/// <summary>Export keys come from the graph's own ids, so they are the same in every export of the same graph.</summary>
public sealed class DumpKeyTests
{
    private static readonly Dictionary<string, object?> None = [];

    [Fact]
    public void A_node_is_keyed_by_its_kind_and_id()
    {
        Assert.Equal("Entity:kim-jong-un", new DumpNode("Entity", "kim-jong-un", ["Entity", "Person"], None).Key);
        Assert.Equal("Article:kim-a-moscou", new DumpNode("Article", "kim-a-moscou", ["Article"], None).Key);
    }

    [Fact]
    public void An_entity_and_an_article_with_the_same_id_get_different_keys() =>
        Assert.NotEqual(DumpNode.KeyOf("Entity", "kursk"), DumpNode.KeyOf("Article", "kursk"));

    [Theory]
    [InlineData("Entity", "Entity,Person")]
    [InlineData("Entity", "Person,Entity")]
    [InlineData("Article", "Article")]
    [InlineData("Evidence", "Evidence")]
    [InlineData("Statement", "Statement")]
    [InlineData(null, "Person")]
    [InlineData(null, "")]
    public void The_kind_is_entity_for_any_entity_type_and_none_outside_the_model(string? kind, string labels) =>
        Assert.Equal(kind, DumpNode.KindOf(labels.Split(',', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void A_relationship_is_keyed_by_start_type_and_end_and_a_repeat_is_numbered()
    {
        var fact = new DumpRelationship("Entity:north-korea", "DEPLOYED", "Entity:kursk-oblast", None);
        Assert.Equal("Entity:north-korea:DEPLOYED:Entity:kursk-oblast", fact.Key);
        Assert.Equal("Entity:north-korea:DEPLOYED:Entity:kursk-oblast:2", (fact with { Occurrence = 2 }).Key);
    }
}
