using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A body and a title before a known person's name are not part of a new name: the body and the person are read.</summary>
public sealed class TitleBeforeKnownNameTests
{
    [Theory]
    [InlineData("en", "European Commission President Ursula von der Leyen arrived in Kyiv on Tuesday.")]
    [InlineData("fr", "La présidente de la Commission européenne Ursula von der Leyen a salué le texte jeudi.")]
    [InlineData("en", "European Council President Ursula von der Leyen spoke first.")]
    public void The_body_and_the_known_person_are_two_entities_and_no_name_holds_the_title(string language, string text)
    {
        var result = Extractor.Run(text, language);

        Assert.NotNull(result.Entity("ursula-von-der-leyen"));
        Assert.Contains(result.Entities, e => e.Id is "european-commission" or "european-council");
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("President", StringComparison.Ordinal) || e.Name.Contains("Ursula", StringComparison.Ordinal) && e.Type != "Person");
    }
}
