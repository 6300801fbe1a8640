using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>A capital that acts, owns or is dealt with stands for its state; a capital one goes to is a place.</summary>
public sealed class CapitalUsageTests
{
    [Theory]
    [InlineData("Les experts estiment que Pékin agissait pour protéger ses fournisseurs.", "fr", "china", "beijing")]
    [InlineData("Analysts expect closer ties with Tokyo after the election.", "en", "japan", "tokyo")]
    [InlineData("Kyiv's counter-offensive slowed in the autumn.", "en", "ukraine", "kyiv")]
    [InlineData("Officials said Beijing responded within hours.", "en", "china", "beijing")]
    public void A_capital_acting_or_owning_is_its_country(string text, string language, string country, string city)
    {
        var result = Extractor.Run(text, language);

        Assert.NotNull(result.Entity(country));
        Assert.Null(result.Entity(city));
    }

    [Fact]
    public void A_capital_one_travels_to_stays_a_place()
    {
        var result = Extractor.Run("The delegation flew to Tokyo on Monday.", "en");

        Assert.Equal("Location", result.Entity("tokyo")?.Type);
    }

    [Fact]
    public void A_possessive_capital_before_an_unnamed_speaker_is_not_the_speaker()
    {
        var result = Extractor.Run("The envoy arrived in the capital on Tuesday, Beijing's state media said.", "en");
        var capitalSpeaking = Extractor.Run("The envoy arrived in the capital on Tuesday, Beijing said.", "en");

        Assert.False(result.Has("china", "STATED"), result.Describe());
        Assert.True(capitalSpeaking.Has("china", "STATED"), capitalSpeaking.Describe());
    }
}
