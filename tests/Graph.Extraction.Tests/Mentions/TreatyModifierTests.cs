using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// An unnamed treaty's mention takes in the words that say which treaty it is, so that it can be told from other
/// treaties: the modifiers a determiner opens before the noun, and one noun after a connector ("accord de paix").
/// Sentences written for the test.
/// </summary>
public sealed class TreatyModifierTests
{
    [Theory]
    [InlineData("Poland and Lithuania signed a 50-year friendship agreement in Vilnius.", "en", "50-year friendship agreement")]
    [InlineData("Norway and Iceland signed the new fisheries treaty on Monday.", "en", "new fisheries treaty")]
    [InlineData("La Pologne et la Lituanie ont signé un accord de coopération à Vilnius.", "fr", "accord de coopération")]
    [InlineData("La Norvège et l'Islande ont signé un nouveau pacte de défense lundi.", "fr", "nouveau pacte de défense")]
    public void The_treaty_mention_spans_its_modifiers(string text, string language, string expected)
    {
        var result = Extractor.Run(text, language);

        var treaty = Assert.Single(result.Entities, e => e.Type == "Treaty");
        Assert.Contains(treaty.Mentions, m => m.Text == expected);
    }

    [Theory]
    [InlineData("Poland signed agreements with Lithuania in Vilnius.", "en", "agreements")]
    [InlineData("La Pologne a signé l'accord de Vilnius avec la Lituanie.", "fr", "accord")]
    public void Words_no_determiner_opens_and_capitalised_names_stay_out(string text, string language, string expected)
    {
        var result = Extractor.Run(text, language);

        Assert.Contains(result.Entities, e => e.Type == "Treaty" && e.Mentions.Any(m => m.Text == expected));
    }
}
