using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Deployments and supplies read through the generic constructions: nominalisations with their theme and agent,
/// troops present somewhere, the owner of a noun governing the infinitive, the converse (receiving) side declared in
/// the ontology, one act named by two triggers. Sentences written for these tests.
/// </summary>
public sealed class DeploymentAndSupplyConstructionTests
{
    [Theory]
    [InlineData("Germany announced the deployment of 4,800 soldiers to Lithuania.", "en", "germany", "lithuania", 4800)]
    [InlineData("Le déploiement de 300 soldats français en Estonie a commencé lundi.", "fr", "france", "estonia", 300)]
    [InlineData("The United States has about 8,000 troops in Poland, the Pentagon said.", "en", "united-states", "poland", 8000)]
    [InlineData("La France compte 900 soldats au Tchad.", "fr", "france", "chad", 900)]
    public void A_deployment_noun_or_troops_present_somewhere_is_a_deployment(string text, string language, string subject, string place, long troops)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        var fact = Assert.Single(extraction.Relations, f => f.Type == "DEPLOYED");
        Assert.Equal((subject, place), (fact.Subject, fact.Object));
        Assert.Equal(troops, Convert.ToInt64(fact.Properties["troops"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Vladimir Putin's order to dispatch soldiers to Syria was announced in 2015.", "en")]
    [InlineData("La décision de Vladimir Poutine d'envoyer des troupes en Syrie a été annoncée en 2015.", "fr")]
    public void The_owner_of_a_decision_to_send_troops_acts_through_their_state(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2016-01-01");

        Assert.True(extraction.Has("russia", "DEPLOYED", "syria"), extraction.Describe());
    }

    [Fact]
    public void Two_triggers_of_one_act_give_one_reading_and_no_subject_from_elsewhere()
    {
        var extraction = Extractor.Run("Vladimir Putin's order to dispatch soldiers to Syria came as US forces left Iraq.", "en", "2016-01-01");

        Assert.True(extraction.Has("russia", "DEPLOYED", "syria"), extraction.Describe());
        Assert.False(extraction.Has("united-states", "DEPLOYED", "syria"), extraction.Describe());
    }

    [Theory]
    [InlineData("Ukraine received Patriot missiles from Germany in April.", "en", "germany")]
    [InlineData("L'Ukraine a reçu des obus de la Corée du Sud.", "fr", "south-korea")]
    [InlineData("Kiev, qui a déjà reçu des chars allemands, réclame des avions.", "fr", "germany")]
    public void The_receiving_side_states_the_supply_the_right_way_round(string text, string language, string supplier)
    {
        var extraction = Extractor.Run(text, language, "2024-05-01");

        Assert.True(extraction.Has(supplier, "SUPPLIED", "ukraine"), extraction.Describe());
        Assert.False(extraction.Has("ukraine", "SUPPLIED", supplier), extraction.Describe());
    }

    [Fact]
    public void Receiving_money_is_no_supply()
    {
        var money = Extractor.Run("Ukraine received 2 billion euros from Germany in April.", "en", "2024-05-01");
        var arms = Extractor.Run("Ukraine received 40 tanks from Germany in April.", "en", "2024-05-01");

        Assert.DoesNotContain(money.Relations, f => f.Type == "SUPPLIED");
        Assert.True(arms.Has("germany", "SUPPLIED", "ukraine"), arms.Describe());
    }

    [Theory]
    [InlineData("La livraison de chars par la Pologne à l'Ukraine a commencé.", "fr")]
    [InlineData("The delivery of tanks by Poland to Ukraine began in March.", "en")]
    [InlineData("Poland's transfer of tanks to Ukraine began in March.", "en")]
    public void A_supply_noun_takes_its_agent_after_its_theme(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-05-01");

        Assert.True(extraction.Has("poland", "SUPPLIED", "ukraine"), extraction.Describe());
    }

    [Fact]
    public void The_demonym_of_the_weapons_names_the_supplier_of_a_passive()
    {
        var extraction = Extractor.Run("Des chars allemands ont été livrés à l'Ukraine en mars.", "fr", "2024-05-01");

        Assert.True(extraction.Has("germany", "SUPPLIED", "ukraine"), extraction.Describe());
    }
}
