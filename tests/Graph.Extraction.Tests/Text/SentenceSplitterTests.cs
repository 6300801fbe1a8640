using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [Fact]
    public void A_french_title_abbreviation_does_not_end_a_sentence()
    {
        Assert.Equal(["M. Kim a déclaré.", "Il a ajouté."], Texts("M. Kim a déclaré. Il a ajouté."));
    }

    [Fact]
    public void Titles_in_both_languages_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mme Martin et MM. Dupont et Durand ont voté.", "Mr. Smith and Dr. Jones met Gen. Lee.", "Sen. Rep. Gov. Prof. all came."],
            Texts("Mme Martin et MM. Dupont et Durand ont voté. Mr. Smith and Dr. Jones met Gen. Lee. Sen. Rep. Gov. Prof. all came."));
    }

    [Fact]
    public void Dotted_acronyms_do_not_end_sentences()
    {
        Assert.Equal(["U.S. officials said the U.N. Security Council met.", "Then it ended."],
            Texts("U.S. officials said the U.N. Security Council met. Then it ended."));
        Assert.Single(Texts("Les É.-U. Les alliés ont réagi."));
    }

    [Fact]
    public void Single_capital_initials_do_not_end_sentences()
    {
        Assert.Equal(["President J. Biden spoke.", "He left."], Texts("President J. Biden spoke. He left."));
    }

    [Fact]
    public void Decimal_numbers_do_not_end_sentences()
    {
        Assert.Equal(["Growth was 1.5 percent in 2024.", "It fell."], Texts("Growth was 1.5 percent in 2024. It fell."));
    }

    [Fact]
    public void Month_abbreviations_do_not_end_sentences()
    {
        Assert.Single(Texts("The summit on Sept. 13 was held in Vostochny."));
    }

    [Fact]
    public void Etc_ends_a_sentence_only_before_a_capital()
    {
        Assert.Single(Texts("Missiles, drones, etc. were shown."));
        Assert.Equal(["Missiles, drones, etc.", "Then they left."], Texts("Missiles, drones, etc. Then they left."));
    }

    [Fact]
    public void Closing_quotes_stay_with_the_sentence_they_close()
    {
        Assert.Equal(["He said \"we will win.\"", "Then he left."], Texts("He said \"we will win.\" Then he left."));
        Assert.Equal(["« Nous gagnerons. »", "Il est parti."], Texts("« Nous gagnerons. » Il est parti."));
    }

    [Fact]
    public void A_quote_followed_by_a_lowercase_attribution_stays_one_sentence()
    {
        Assert.Single(Texts("« Nous gagnerons. » a-t-il dit."));
        Assert.Single(Texts("\"Nous allons voir…\" a dit le dirigeant."));
        Assert.Single(Texts("« Pourquoi ? » a demandé le ministre."));
    }

    [Fact]
    public void An_opening_quote_starts_a_new_sentence()
    {
        Assert.Equal(["Il a parlé.", "« Nous gagnerons », a-t-il dit."], Texts("Il a parlé. « Nous gagnerons », a-t-il dit."));
    }

    [Fact]
    public void Question_and_exclamation_marks_and_ellipses_end_sentences()
    {
        Assert.Equal(["Qui a signé ?", "Personne !", "Et après…", "Rien."], Texts("Qui a signé ? Personne ! Et après… Rien."));
    }

    [Fact]
    public void Line_breaks_always_end_sentences_and_colons_never_do()
    {
        Assert.Equal(["Titre sans point", "Sanctions : le texte continue ici.", "Fin"],
            Texts("Titre sans point\r\n\r\nSanctions : le texte continue ici.\nFin"));
    }

    [Fact]
    public void A_missing_space_after_a_period_between_words_still_splits()
    {
        Assert.Equal(["Il a vu des drones (UAV).", "Les Russes sont venus."], Texts("Il a vu des drones (UAV).Les Russes sont venus."));
    }

    [Fact]
    public void A_title_glued_to_the_previous_sentence_starts_the_next_one()
    {
        Assert.Equal(["La fête a eu lieu.", "MM. Kim et Durand ont parlé."], Texts("La fête a eu lieu.MM. Kim et Durand ont parlé."));
    }

    [Fact]
    public void A_stray_opening_guillemet_at_the_end_of_a_line_closes_the_quote()
    {
        Assert.Equal(["Il a dit : « Le texte est clair. «", "Suite."], Texts("Il a dit : « Le texte est clair. «\nSuite."));
    }

    [Fact]
    public void Spans_point_into_the_text_and_are_trimmed()
    {
        const string text = "  Première phrase.   Deuxième phrase ?\n\t Troisième ";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(3, sentences.Length);
        foreach (var sentence in sentences)
        {
            Assert.Equal(text.Substring(sentence.Span.Start, sentence.Span.Length), sentence.Text);
            Assert.Equal(sentence.Text.Trim(), sentence.Text);
        }

        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(string.Empty));
        Assert.Empty(SentenceSplitter.Split(" \r\n\t "));
        Assert.Single(SentenceSplitter.Split(" Un texte court. "));
    }
}
