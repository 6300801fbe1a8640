using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Internal;

public sealed class CypherIdentifiersTests
{
    [Theory]
    [InlineData("Person")]
    [InlineData("MilitaryUnit")]
    [InlineData("Org_2")]
    public void Ontology_style_labels_are_accepted(string label) => Assert.Equal(label, CypherIdentifiers.Label(label));

    [Theory]
    [InlineData("person")]
    [InlineData("Person`) DETACH DELETE (n")]
    [InlineData("Per son")]
    [InlineData("")]
    [InlineData("Article")]
    [InlineData("Statement")]
    public void Unsafe_or_reserved_labels_are_refused(string label) =>
        Assert.Throws<ArgumentException>(() => CypherIdentifiers.Label(label));

    [Fact]
    public void A_label_longer_than_64_characters_is_refused() =>
        Assert.Throws<ArgumentException>(() => CypherIdentifiers.Label("A" + new string('b', 64)));

    [Theory]
    [InlineData("LOCATED_IN")]
    [InlineData("ATTACKED")]
    [InlineData("MEMBER_OF2")]
    public void Upper_snake_relationship_types_are_accepted(string type) => Assert.Equal(type, CypherIdentifiers.RelationshipType(type));

    [Theory]
    [InlineData("Located_In")]
    [InlineData("ATTACKED`]->() DELETE x //")]
    [InlineData("_X")]
    [InlineData("A-B")]
    public void Other_relationship_types_are_refused(string type) =>
        Assert.Throws<ArgumentException>(() => CypherIdentifiers.RelationshipType(type));
}
