using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Who said something: inverted speakers with titles, addressees, coordinated verbs, common-noun subjects.</summary>
public sealed class SpeakerTests
{
    [Fact]
    public void The_speaker_after_a_verb_is_found_past_the_addressee_and_a_long_title()
    {
        var result = Extractor.Run("« Les discussions avancent », a indiqué à l'AFP le porte-parole de la présidence, Paolo Conti.", "fr");

        Assert.True(result.Has("paolo-conti", "STATED"), result.Describe());
        Assert.False(result.Has("afp", "STATED"), result.Describe());
    }

    [Fact]
    public void Selon_reaches_a_speaker_behind_a_title_with_a_portfolio()
    {
        var result = Extractor.Run("Selon le ministre sud-coréen chargé de la Défense Park Min-soo, les essais continuent.", "fr");

        Assert.True(result.Has("park-min-soo", "STATED"), result.Describe());
    }

    [Fact]
    public void Selon_reaches_an_agency_named_after_its_description()
    {
        var result = Extractor.Run("La délégation est arrivée mardi, selon l'agence de presse Interfax.", "fr");

        Assert.True(result.Has("interfax", "STATED"), result.Describe());
    }

    [Fact]
    public void Whoever_is_told_is_not_the_speaker()
    {
        var result = Extractor.Run("Military officials told Reuters that the unit had withdrawn.", "en");
        var teller = Extractor.Run("Reuters told military officials that the unit had withdrawn.", "en");

        Assert.False(result.Has("reuters", "STATED"), result.Describe());
        Assert.True(teller.Has("reuters", "STATED"), teller.Describe());
    }

    [Fact]
    public void Told_reporters_makes_the_titled_person_a_speaker()
    {
        var result = Extractor.Run("Foreign Minister Choe Son Hui told reporters the talks were over.", "en");

        Assert.True(result.Has("choe-son-hui", "STATED"), result.Describe());
    }

    [Fact]
    public void An_active_speech_verb_keeps_its_subject_over_a_by_phrase()
    {
        var result = Extractor.Run("The United States called Moscow's veto a grave mistake.", "en");

        Assert.True(result.Has("united-states", "STATED"), result.Describe());
        Assert.False(result.Has("russia", "STATED"), result.Describe());
    }

    [Fact]
    public void A_coordinated_speech_verb_shares_the_first_verbs_subject()
    {
        var result = Extractor.Run("Macron declared that Spain would help in a crisis, and added that talks would go on.", "en");

        Assert.True(result.Has("emmanuel-macron", "STATED"), result.Describe());
        Assert.False(result.Has("spain", "STATED"), result.Describe());
    }

    [Fact]
    public void A_common_noun_right_before_the_verb_is_its_subject()
    {
        var english = Extractor.Run("Russia vetoed the text weeks after the committee said it had new evidence.", "en");
        var french = Extractor.Run("La Russie a bloqué le texte, le comité a indiqué avoir des preuves.", "fr");
        var englishSwapped = Extractor.Run("The committee vetoed the text weeks after Russia said it had new evidence.", "en");
        var frenchSwapped = Extractor.Run("Le comité a bloqué le texte, la Russie a indiqué avoir des preuves.", "fr");

        Assert.False(english.Has("russia", "STATED"), english.Describe());
        Assert.False(french.Has("russia", "STATED"), french.Describe());
        Assert.True(englishSwapped.Has("russia", "STATED"), englishSwapped.Describe());
        Assert.True(frenchSwapped.Has("russia", "STATED"), frenchSwapped.Describe());
    }

    [Fact]
    public void Reported_speech_over_two_sentences_keeps_its_speaker()
    {
        var result = Extractor.Run("« Nous tiendrons », a déclaré le ministre Jean Morel. « La paix viendra », a-t-il ajouté.", "fr");

        Assert.Equal(2, result.Relations.Count(f => f.Subject == "jean-morel" && f.Type == "STATED"));
    }

    [Fact]
    public void A_government_named_by_a_demonym_speaks_for_its_country()
    {
        var french = Extractor.Run("Les autorités chinoises accusent Washington de provoquer une crise.", "fr");
        var english = Extractor.Run("The Chinese government said the drills were dangerous.", "en");

        Assert.True(french.Has("china", "STATED"), french.Describe());
        Assert.False(french.Has("united-states", "STATED"), french.Describe());
        Assert.True(english.Has("china", "STATED"), english.Describe());
    }

    [Fact]
    public void A_verb_estimating_a_figure_reports_a_statement()
    {
        var result = Extractor.Run("Seoul estimates that the losses are heavy.", "en");

        Assert.True(result.Has("south-korea", "STATED"), result.Describe());
    }
    [Fact]
    public void The_antecedent_of_which_speaks_not_the_name_after_the_verb()
    {
        var result = Extractor.Run("The plan drew fire from Japan's foreign ministry, which said China had broken its word.", "en");

        Assert.True(result.Has("japan-foreign-ministry", "STATED"), result.Describe());
        Assert.False(result.Has("china", "STATED"), result.Describe());
    }

    [Fact]
    public void As_reported_by_names_the_source_even_after_another_speaker()
    {
        var result = Extractor.Run("The visit will last two days, as stated by the minister Lee Jae-won, as reported by Yonhap.", "en");

        Assert.True(result.Has("yonhap", "STATED"), result.Describe());
    }

    [Fact]
    public void A_body_in_front_of_a_spokesman_only_qualifies_the_title()
    {
        var result = Extractor.Run("The talks were useful, as stated by Pentagon spokesman John Harlow.", "en");

        Assert.True(result.Has("john-harlow", "STATED"), result.Describe());
        Assert.False(result.Has("pentagon", "STATED"), result.Describe());
    }

    [Fact]
    public void According_to_looks_past_a_possessive_country_to_the_agency()
    {
        var result = Extractor.Run("According to China's official Xinhua News Agency, the envoy left Beijing.", "en");

        Assert.True(result.Has("xinhua", "STATED"), result.Describe());
        Assert.False(result.Has("china", "STATED"), result.Describe());
    }

    [Fact]
    public void Coordinated_speakers_both_state()
    {
        var result = Extractor.Run("Tokyo and Washington say the drills are purely defensive.", "en");

        Assert.True(result.Has("japan", "STATED"), result.Describe());
        Assert.True(result.Has("united-states", "STATED"), result.Describe());
    }
    [Fact]
    public void Selon_with_two_coordinated_capitals_gives_both_states()
    {
        var result = Extractor.Run("Selon Tokyo et Séoul, les exercices reprendront en mai.", "fr");

        Assert.True(result.Has("japan", "STATED"), result.Describe());
        Assert.True(result.Has("south-korea", "STATED"), result.Describe());
    }

    [Fact]
    public void A_present_tense_speech_verb_after_a_comma_finds_its_speaker_after_it()
    {
        var result = Extractor.Run("« Le calendrier reste serré », estime ainsi Park Ji-won, chercheur à Séoul.", "fr");

        Assert.True(result.Has("park-ji-won", "STATED"), result.Describe());
    }

    [Fact]
    public void Whoever_is_urged_to_act_is_not_the_speaker()
    {
        var result = Extractor.Run("Les ministres ont appelé Pékin à cesser ses manœuvres.", "fr");
        var urging = Extractor.Run("Pékin a appelé les ministres à cesser leurs manœuvres.", "fr");

        Assert.False(result.Has("china", "STATED"), result.Describe());
        Assert.True(urging.Has("china", "STATED"), urging.Describe());
    }

    [Fact]
    public void A_pronoun_after_a_speech_verb_continues_the_previous_speaker_even_an_organisation()
    {
        var result = Extractor.Run(
            "Le sommet durera deux jours, a indiqué la présidence russe mardi soir. Le président iranien Massoud Pezeshkian y assistera. « Les entretiens seront longs », a-t-elle ajouté.",
            "fr");

        Assert.True(result.Has("kremlin", "STATED"), result.Describe());
        Assert.False(result.Has("masoud-pezeshkian", "STATED"), result.Describe());
    }

    [Fact]
    public void An_agency_described_before_its_name_is_the_known_agency()
    {
        var result = Extractor.Run("La rencontre a eu lieu mardi, a rapporté l'Agence de presse chinoise Xinhua.", "fr");

        Assert.True(result.Has("xinhua", "STATED"), result.Describe());
    }
    [Fact]
    public void A_plural_noun_that_looks_like_a_speech_verb_states_nothing()
    {
        var result = Extractor.Run("Analysts said Moscow had moved two brigades, confirming earlier Western reports of a build-up.", "en");

        Assert.False(result.Has("russia", "STATED"), result.Describe());
        Assert.Contains(result.Rejected, r => r.Reason.Contains("noun", StringComparison.Ordinal));
    }
    [Fact]
    public void An_aside_between_commas_keeps_the_subject_of_the_verb()
    {
        var result = Extractor.Run("Foreign Minister Penny Wong, speaking in Jakarta, denied the claim.", "en");

        Assert.True(result.Has("penny-wong", "STATED"), result.Describe());
    }

    [Fact]
    public void Words_between_the_auxiliary_and_the_participle_keep_the_compound_tense()
    {
        var result = Extractor.Run("Le porte-parole du gouvernement, Marc Dubois, a pour sa part assuré que rien n'était décidé.", "fr");

        Assert.True(result.Has("marc-dubois", "STATED"), result.Describe());
    }

    [Fact]
    public void A_title_inside_a_run_of_capitals_is_not_part_of_the_name()
    {
        var result = Extractor.Run("Japan's Chief Cabinet Secretary Kenji Mori told reporters the talks would resume.", "en");

        Assert.True(result.Has("kenji-mori", "STATED"), result.Describe());
    }

    [Theory]
    [InlineData("Le gouvernement du Pérou a annoncé jeudi que les négociations reprendraient.", "fr")]
    [InlineData("The government of Peru announced on Thursday that negotiations would resume.", "en")]
    [InlineData("Peru's government said on Thursday that negotiations would resume.", "en")]
    public void A_states_government_speaks_for_the_state(string sentence, string language)
    {
        var result = Extractor.Run(sentence, language);

        Assert.True(result.Has("peru", "STATED"), result.Describe());
    }
}
