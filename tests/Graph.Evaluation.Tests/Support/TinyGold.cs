namespace Graph.Evaluation.Tests.Support;

/// <summary>A two-article gold and its alias table, written for these tests (flow and block mappings both used).</summary>
internal static class TinyGold
{
    public const string Aliases = """
        # flow style, like shared/gold/entities.yaml
        anna-berg:    {type: Person, name: Anna Berg, wikidata: Q900001, aliases: [Anna Berg, Mme Berg]}
        north-land:   {type: Country, name: North Land, wikidata: Q900002, aliases: [Pays du Nord, Norhold (as a government)]}
        south-land:   {type: Country, name: South Land, aliases: [Pays du Sud, Southport (as a government)]}
        norhold:      {type: Location, name: Norhold, aliases: [Norhold]}
        east-oblast:  {type: Location, name: East Oblast, aliases: [région de l'Est]}
        russia:       {type: Country, name: Russia, wikidata: Q159, aliases: [Russie, la Russie]}
        kursk-oblast: {type: Location, name: Kursk Oblast, aliases: [Koursk, région de Koursk]}
        # block style, like shared/dev/gold/entities.yaml
        pact-2024:
          type: Treaty
          name: Pact of 2024
          aliases: [le pacte, "Pacte de l’amitié"]
        news-agency:
          type: Organization
          name: Example News Agency
          aliases: [ENA, l'agence ENA]
        """;

    public const string Gold = """
        # two articles in one multi-document file
        ---
        article: a1.txt
        language: fr
        entities:
          - {id: anna-berg, type: Person}
          - {id: north-land, type: Country}
          - {id: russia, type: Country}
          - {id: pact-2024, type: Treaty}
        relations:
          - {s: anna-berg, rel: SIGNED, o: pact-2024}
          - {s: north-land, rel: DEPLOYED, o: russia, troops: 1000, claimed_by: [south-land, news-agency]}
          - {s: anna-berg, rel: STATED}
        optional_entities:
          - {id: news-agency, type: Organization}
        optional_relations:
          - {s: north-land, rel: SIGNED, o: pact-2024}
        ---
        article: a2.txt
        language: en
        entities:
          - {id: south-land, type: Country}
          - {id: norhold, type: Location}
        relations:
          - {s: south-land, rel: DEPLOYED, o: kursk-oblast, claimed_by: news-agency, alt_troops: [10, 20], alt_claimed_by: [north-land]}
        """;
}
