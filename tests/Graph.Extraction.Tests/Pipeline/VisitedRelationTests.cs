namespace Graph.Extraction.Tests.Pipeline;

/// <summary>VISITED is declared only in the ontology; these show the generic extractor reads it.</summary>
public sealed class VisitedRelationTests
{
    [Fact]
    public void A_french_visit_sentence_gives_visited()
    {
        var result = Extractor.Run("Le ministre Sergueï Lavrov s'est rendu à Pyongyang mercredi pour deux jours.", "fr");

        Assert.True(result.Has("sergey-lavrov", "VISITED", "pyongyang"), result.Describe());
    }

    [Fact]
    public void An_english_visit_sentence_gives_visited()
    {
        var result = Extractor.Run("Sergei Lavrov visited Pyongyang on Wednesday.", "en");

        Assert.True(result.Has("sergey-lavrov", "VISITED", "pyongyang"), result.Describe());
    }
}
