using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>One type per entity: a cue that reads a name as another type never gives the entity a second type, and says so.</summary>
public sealed class TypeConflictTests
{
    [Fact]
    public void An_honorific_before_a_known_organisation_does_not_make_it_a_person()
    {
        var result = Extractor.Run("M. Kremlin a affirmé lundi que les exercices continueraient.", "fr");

        Assert.Equal("Organization", result.Entity("kremlin")?.Type);
        Assert.Contains(result.Rejected, r => r.Reason.StartsWith("type conflict: 'M. Kremlin' reads as Person", StringComparison.Ordinal)
            && r.Reason.Contains("the ontology's entry wins", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_known_organisation_without_an_honorific_gives_no_conflict()
    {
        var result = Extractor.Run("Le Kremlin a affirmé lundi que les exercices continueraient.", "fr");

        Assert.Equal("Organization", result.Entity("kremlin")?.Type);
        Assert.DoesNotContain(result.Rejected, r => r.Reason.StartsWith("type conflict", StringComparison.Ordinal));
    }
}
