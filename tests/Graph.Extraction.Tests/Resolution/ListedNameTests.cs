using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// An unknown lone name listed next to an organisation is one too (listed_with), but a word that opens the sentence
/// before a comma and a noun phrase is an adverbial, not a list's first item. Sentences written for these tests.
/// </summary>
public sealed class ListedNameTests
{
    [Theory]
    [InlineData("Separately, the European Union fined Belavia on Tuesday.", "en")]
    [InlineData("Additionally, the European Union said the talks would go on.", "en")]
    [InlineData("Parallèlement, l'Union européenne a infligé une amende à Belavia mardi.", "fr")]
    public void A_word_opening_the_sentence_before_a_noun_phrase_is_no_listed_name(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.NotNull(extraction.Entity("european-union"));
        Assert.DoesNotContain(extraction.Entities, e => e.Name is "Separately" or "Additionally" or "Parallèlement");
    }

    [Theory]
    [InlineData("Zarnitsa, TASS and KCNA carried the story on Monday.", "en")]
    [InlineData("Zarnitsa, TASS et KCNA ont relayé l'information lundi.", "fr")]
    public void A_lone_name_opening_a_list_of_outlets_is_an_organisation(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.Equal("Organization", extraction.TypeOfEntityNamed("Zarnitsa"));
    }
}
