using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A body and a title before a known person's name are not part of a new name: the body and the person are read.</summary>
public sealed class TitleBeforeKnownNameTests
{
    [Theory]
    [InlineData("en", "European Commission Vice-President Kaja Kallas landed in Vilnius on Tuesday.", "kaja-kallas", "Kaja")]
    [InlineData("fr", "La vice-présidente de la Commission européenne Kaja Kallas a salué le texte jeudi.", "kaja-kallas", "Kaja")]
    [InlineData("en", "European Council President Ursula von der Leyen spoke first at the summit.", "ursula-von-der-leyen", "Ursula")]
    public void The_body_and_the_known_person_are_two_entities_and_no_name_holds_the_title(string language, string text, string person, string firstName)
    {
        var result = Extractor.Run(text, language);

        Assert.NotNull(result.Entity(person));
        Assert.Contains(result.Entities, e => e.Id is "european-commission" or "european-council");
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("President", StringComparison.Ordinal) || e.Name.Contains(firstName, StringComparison.Ordinal) && e.Type != "Person");
    }
}
