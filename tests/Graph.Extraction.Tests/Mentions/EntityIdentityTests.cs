using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// Which referent a name picks out: a building or the body it houses, a weapon or nothing, page furniture or
/// prose, a portfolio inside a title or the body itself. Sentences written for these tests.
/// </summary>
public sealed class EntityIdentityTests
{
    [Theory]
    [InlineData("The two delegations had lunch at the White House before the vote.", "en")]
    [InlineData("Reporters waited for hours outside the White House on Sunday.", "en")]
    [InlineData("Les deux délégations ont déjeuné à la Maison-Blanche avant le vote.", "fr")]
    public void After_a_place_preposition_the_white_house_is_the_building(string text, string language)
    {
        var result = Extractor.Run(text, language);

        Assert.Equal("Location", result.Entity("white-house-building")?.Type);
        Assert.Null(result.Entity("white-house"));
    }

    [Theory]
    [InlineData("The White House said the talks would resume in March.", "en")]
    [InlineData("La Maison-Blanche a déclaré que les discussions reprendraient en mars.", "fr")]
    public void As_a_speaker_the_white_house_is_the_presidency(string text, string language)
    {
        var result = Extractor.Run(text, language);

        Assert.True(result.Has("white-house", "STATED"), result.Describe());
        Assert.Null(result.Entity("white-house-building"));
    }

    [Fact]
    public void One_article_may_name_both_the_building_and_the_body()
    {
        var result = Extractor.Run("The envoys met at the White House, and the White House later confirmed it.", "en");

        Assert.NotNull(result.Entity("white-house-building"));
        Assert.NotNull(result.Entity("white-house"));
    }

    [Fact]
    public void An_english_article_a_is_no_french_preposition()
    {
        var result = Extractor.Run("According to a White House adviser, the summit is off.", "en");

        Assert.NotNull(result.Entity("white-house"));
        Assert.Null(result.Entity("white-house-building"));
    }

    [Fact]
    public void Congress_and_the_capitol_are_the_body_and_its_building()
    {
        var result = Extractor.Run("Le dirigeant a pris la parole devant le Congrès, réuni au Capitole.", "fr");

        Assert.Equal("Organization", result.Entity("us-congress")?.Type);
        Assert.Equal("Location", result.Entity("us-capitol")?.Type);
    }

    [Theory]
    [InlineData("Kyiv received Kestrel Arrow cruise missiles last spring, officials in Warsaw said.", "en", "kestrel-arrow")]
    [InlineData("The Coastal Strike Rocket System (CSRS) reached the front in May, Ukraine said.", "en", "coastal-strike-rocket-system")]
    [InlineData("L'Ukraine a reçu les chars Faucon Gris au printemps, a déclaré Kiev.", "fr", "faucon-gris")]
    [InlineData("The president flew aboard Sky Herald Two to Warsaw, Poland said.", "en", "sky-herald-two")]
    public void Names_of_weapons_and_aircraft_are_no_entities(string text, string language, string thing)
    {
        var result = Extractor.Run(text, language);

        Assert.Null(result.Entity(thing));
        Assert.DoesNotContain(result.Entities, e => e.Id.Contains("csrs", StringComparison.Ordinal));
        // The story around the thing is still read.
        Assert.Contains(result.Entities, e => e.Type == "Country");
    }

    [Fact]
    public void A_body_whose_name_holds_a_weapon_word_stays_a_body()
    {
        var result = Extractor.Run("The Rocket Research Agency said the test had failed.", "en");

        Assert.Equal("Organization", result.Entity("rocket-research-agency")?.Type);
    }

    [Fact]
    public void An_honorific_is_not_part_of_the_name()
    {
        var result = Extractor.Run("Mgr Lorenzo Bertelli a reçu la délégation au Vatican.", "fr");

        Assert.Equal("Person", result.Entity("lorenzo-bertelli")?.Type);
        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("mgr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_caption_credit_names_no_agency()
    {
        var result = Extractor.Run("The leaders laid wreaths in Kyiv on Thursday. (Jane Roe/Pool Photo via AP)\n\nUkraine said the visit mattered.", "en");

        Assert.Null(result.Entity("associated-press"));
        Assert.NotNull(result.Entity("ukraine"));
    }

    [Theory]
    [InlineData("(Ottawa) Le Canada a annoncé mercredi de nouvelles mesures contre le régime.", "fr")]
    [InlineData("OTTAWA: Canada announced new measures against the regime on Wednesday.", "en")]
    public void A_dateline_place_is_not_the_story_s_place(string text, string language)
    {
        var result = Extractor.Run(text, language);

        Assert.Null(result.Entity("ottawa"));
        Assert.NotNull(result.Entity("canada"));
    }

    [Fact]
    public void An_agency_name_alone_on_its_line_is_a_byline()
    {
        var result = Extractor.Run("Agence France-Presse\n\nLe Canada a annoncé de nouvelles mesures.", "fr");

        Assert.Null(result.Entity("afp"));
        Assert.NotNull(result.Entity("canada"));
    }

    [Theory]
    [InlineData("Treasury Secretary Lena Varga said the new rules start in May.", "en")]
    [InlineData("Lena Varga, la secrétaire au Trésor, a déclaré que les règles changeraient en mai.", "fr")]
    public void A_portfolio_inside_a_title_is_not_the_body(string text, string language)
    {
        var result = Extractor.Run(text, language);

        Assert.Null(result.Entity("us-treasury"));
        Assert.True(result.Has("lena-varga", "STATED"), result.Describe());
    }

    [Fact]
    public void The_treasury_alone_is_the_body_the_ontology_names()
    {
        var result = Extractor.Run("The Treasury said it had frozen the assets of Northwind Fzco.", "en");

        Assert.True(result.Has("us-treasury", "STATED"), result.Describe());
        Assert.Equal("Organization", result.Entity("northwind-fzco")?.Type);
    }

    [Fact]
    public void A_country_before_a_first_name_is_not_part_of_the_person_s_name()
    {
        var result = Extractor.Run("The former envoy to Russia Thomas Hale and two aides were named on Monday.", "en");

        Assert.Equal("Person", result.Entity("thomas-hale")?.Type);
        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("russia-", StringComparison.Ordinal));
        Assert.NotNull(result.Entity("russia"));
    }

    [Fact]
    public void A_misspelt_first_name_before_a_known_surname_is_that_person()
    {
        var result = Extractor.Run("Ukrainian leader Volodimyr Zelensky thanked the donors on Friday.", "en");

        Assert.NotNull(result.Entity("volodymyr-zelensky"));
        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("volodimyr", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The two presidents talked for an hour in Lakemont on Tuesday.", "en", "lakemont")]
    [InlineData("Les deux dirigeants se sont vus sur une base aérienne en Valdoria mardi.", "fr", "valdoria")]
    public void A_lone_unknown_name_where_a_place_goes_is_a_place(string text, string language, string place)
    {
        var result = Extractor.Run(text, language);

        Assert.Equal("Location", result.Entity(place)?.Type);
    }

    [Theory]
    [InlineData("Critics warned against pressing Kyiv to give up territory.", "en")]
    [InlineData("Ses alliés ont poussé Kiev à négocier un cessez-le-feu.", "fr")]
    public void A_capital_asked_to_act_is_its_government(string text, string language)
    {
        var result = Extractor.Run(text, language);

        Assert.NotNull(result.Entity("ukraine"));
        Assert.Null(result.Entity("kyiv"));
    }

    [Fact]
    public void A_capital_one_visits_stays_a_place()
    {
        var result = Extractor.Run("He recalled visiting Kyiv to meet the soldiers.", "en");

        Assert.NotNull(result.Entity("kyiv"));
        Assert.Null(result.Entity("ukraine"));
    }

    [Theory]
    [InlineData("A Chinese Foreign Ministry spokesperson rejected the report on Monday.", "en", "china-foreign-ministry")]
    [InlineData("Moscow's foreign ministry summoned the ambassador.", "en", "russia-foreign-ministry")]
    [InlineData("Le ministère malien de la Défense a démenti l'information.", "fr", "mali-defence-ministry")]
    public void A_ministry_named_with_its_country_is_that_state_s_institution(string text, string language, string id)
    {
        var result = Extractor.Run(text, language);

        Assert.Equal("Organization", result.Entity(id)?.Type);
        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("chinese-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_number_and_a_second_name_may_sit_between_a_thing_and_its_noun()
    {
        var result = Extractor.Run("Norway sent twelve XB-90 Falcon attack helicopters to the border, Oslo said.", "en");

        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("xb", StringComparison.Ordinal) || e.Id.Contains("falcon", StringComparison.Ordinal));
        Assert.NotNull(result.Entity("norway"));
    }

    [Fact]
    public void A_sentence_opening_head_word_with_lowercase_words_after_it_is_no_name()
    {
        var result = Extractor.Run("News of the ceasefire reached the capital late, Moldova said.", "en");

        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("news", StringComparison.Ordinal));
        Assert.NotNull(result.Entity("moldova"));
    }

    [Fact]
    public void The_remit_after_a_title_and_for_is_not_a_name()
    {
        var result = Extractor.Run("Anna Berg, Under Secretary for Maritime Affairs and Coastal Resilience, said the rules were final.", "en");

        Assert.DoesNotContain(result.Entities, e => e.Id.Contains("coastal", StringComparison.Ordinal) || e.Id.Contains("maritime", StringComparison.Ordinal));
        Assert.True(result.Has("anna-berg", "STATED"), result.Describe());
    }

    [Fact]
    public void A_region_named_with_its_head_after_it_is_one_node_with_the_french_head_before_it()
    {
        var english = Extractor.Run("Germany moved 300 soldiers to the Varnel region in May.", "en");
        var french = Extractor.Run("L'Allemagne a déplacé 300 soldats dans la région de Varnel en mai.", "fr");

        var region = english.Entity("varnel");
        Assert.Equal("Location", region?.Type);
        Assert.Equal("Varnel region", Assert.Single(region!.Mentions).Text);
        Assert.Equal("Location", french.Entity("varnel")?.Type);
    }

    [Fact]
    public void A_known_place_before_a_lowercase_head_stays_the_known_place()
    {
        var result = Extractor.Run("Fighting went on in the Kursk region on Sunday.", "en");

        Assert.NotNull(result.Entity("kursk-oblast"));
        Assert.Null(result.Entity("kursk-region"));
    }

    [Theory]
    [InlineData("Soldiers of the 41st Mountain Brigade crossed the river.", "en", "41st-mountain-brigade")]
    [InlineData("Les soldats de la 7e Brigade blindée ont franchi le fleuve.", "fr", "7e-brigade-blindee")]
    public void An_ordinal_is_part_of_a_unit_s_name(string text, string language, string id)
    {
        var result = Extractor.Run(text, language);

        Assert.Equal("Organization", result.Entity(id)?.Type);
    }

    [Fact]
    public void A_place_head_runs_on_through_name_connectors()
    {
        var result = Extractor.Run("The ministers dined in the Grand Hall of the Republic on Friday.", "en");

        Assert.Equal("Location", result.Entity("grand-hall-of-the-republic")?.Type);
    }

    [Fact]
    public void A_french_romanisation_of_a_surname_ending_takes_the_english_key()
    {
        var french = Extractor.Run("La journaliste Olga Sergueïeva a été visée.", "fr");
        var english = Extractor.Run("Journalist Olga Sergeeva was targeted.", "en");

        var id = Assert.Single(french.Entities, e => e.Type == "Person").Id;
        Assert.Equal(Assert.Single(english.Entities, e => e.Type == "Person").Id, id);
    }
}
