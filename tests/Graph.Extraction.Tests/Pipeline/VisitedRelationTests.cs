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
    [Fact]
    public void A_possessive_visit_belongs_to_the_main_subject_not_the_last_person_named()
    {
        var result = Extractor.Run("Le ministre russe de la Défense, Andreï Belousov, a rencontré Kim Jong-un lors de sa visite à Pyongyang.", "fr");

        Assert.True(result.Has("andrei-belousov", "VISITED", "pyongyang"), result.Describe());
        Assert.False(result.Has("kim-jong-un", "VISITED"), result.Describe());
    }

    [Fact]
    public void The_visit_of_someone_is_theirs_and_a_relative_clause_names_no_destination()
    {
        var result = Extractor.Run("Les entretiens préparent une visite du président Xi Jinping, qui a renforcé ses liens avec la Russie.", "fr");
        var destination = Extractor.Run("Les entretiens préparent une visite du président Xi Jinping en Russie.", "fr");

        Assert.False(result.Has("xi-jinping", "VISITED", "russia"), result.Describe());
        Assert.True(destination.Has("xi-jinping", "VISITED", "russia"), destination.Describe());
    }

    [Fact]
    public void Someones_visit_in_english_is_theirs()
    {
        var result = Extractor.Run("Officials discussed Putin's visit to Beijing, which ended on Friday.", "en");

        Assert.True(result.Has("vladimir-putin", "VISITED"), result.Describe());
    }
}
