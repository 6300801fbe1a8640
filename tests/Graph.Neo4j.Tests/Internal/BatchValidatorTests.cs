using System.Collections.Immutable;
using Graph.Core.Graph;
using Graph.Neo4j.Internal;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests.Internal;

public sealed class BatchValidatorTests
{
    [Fact]
    public void The_sample_batch_is_valid() => BatchValidator.Validate(Batches.Sample());

    [Fact]
    public void A_relationship_type_with_a_backtick_is_refused() =>
        Assert.Throws<ArgumentException>(() => BatchValidator.Validate(Batches.Sample("ATTACKED`]->(x) DETACH DELETE x //")));

    [Fact]
    public void A_fact_without_evidence_is_refused()
    {
        var batch = Batches.Sample();
        var bare = batch with { Evidence = batch.Evidence.RemoveAt(0) };

        var e = Assert.Throws<ArgumentException>(() => BatchValidator.Validate(bare));
        Assert.Contains("has no evidence", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_pointing_to_an_entity_outside_the_batch_is_refused()
    {
        var batch = Batches.Sample();
        var dangling = batch with { Facts = [batch.Facts[0] with { ObjectId = "e:nowhere" }] };

        var e = Assert.Throws<ArgumentException>(() => BatchValidator.Validate(dangling));
        Assert.Contains("e:nowhere", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualifier_named_articles_is_refused_because_the_store_owns_it()
    {
        var batch = Batches.Sample();
        var clash = batch with { Facts = [batch.Facts[0] with { Properties = ImmutableSortedDictionary<string, object>.Empty.Add("articles", "x") }] };

        Assert.Throws<ArgumentException>(() => BatchValidator.Validate(clash));
    }

    [Fact]
    public void A_map_valued_qualifier_is_refused_because_neo4j_cannot_store_it()
    {
        var batch = Batches.Sample();
        var nested = batch with
        {
            Facts = [batch.Facts[0] with { Properties = ImmutableSortedDictionary<string, object>.Empty.Add("where", new Dictionary<string, object>()) }],
        };

        Assert.Throws<ArgumentException>(() => BatchValidator.Validate(nested));
    }

    [Fact]
    public void List_and_number_qualifiers_are_accepted()
    {
        var batch = Batches.Sample();
        var rich = batch with
        {
            Facts = [batch.Facts[0] with { Properties = ImmutableSortedDictionary<string, object>.Empty.Add("troops", 4000L).Add("claimedBy", ImmutableArray.Create("e:kyiv")) }],
        };

        BatchValidator.Validate(rich);
    }

    [Fact]
    public void An_entity_label_that_is_a_model_label_is_refused()
    {
        var batch = Batches.Sample();
        var clash = batch with { Entities = [batch.Entities[0] with { Label = "Article" }, batch.Entities[1]] };

        Assert.Throws<ArgumentException>(() => BatchValidator.Validate(clash));
    }
}
