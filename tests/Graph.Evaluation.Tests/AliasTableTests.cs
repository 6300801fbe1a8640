using Graph.Evaluation.Tests.Support;

namespace Graph.Evaluation.Tests;

public sealed class AliasTableTests : IDisposable
{
    private readonly GoldFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Flow_and_block_entries_load_with_type_name_wikidata_and_aliases()
    {
        var table = AliasTable.Load(files.Write("entities.yaml", TinyGold.Aliases));

        Assert.Equal(9, table.Entries.Count);
        Assert.True(table.TryGet("pact-2024", out var pact));
        Assert.Equal(("Treaty", "Pact of 2024", (string?)null), (pact.Type, pact.Name, pact.Wikidata));
        Assert.Equal(["le pacte", "Pacte de l’amitié"], pact.Aliases.ToArray());
        Assert.Equal("Q900001", table.Entries["anna-berg"].Wikidata);
        Assert.Equal("north-land", table.FindByWikidata("Q900002"));
    }

    [Fact]
    public void A_government_note_is_stripped_and_remembered()
    {
        var table = AliasTable.Load(files.Write("entities.yaml", TinyGold.Aliases));
        var north = table.Entries["north-land"];
        Assert.Contains("Norhold", north.Aliases);
        Assert.Equal(["Norhold"], north.GovernmentAliases.ToArray());
        Assert.Empty(table.Entries["norhold"].GovernmentAliases);
    }

    [Fact]
    public void Names_match_ignoring_case_accents_hyphens_spaces_and_apostrophes()
    {
        var table = AliasTable.Load(files.Write("entities.yaml", TinyGold.Aliases));
        Assert.Contains(table.Find("PACTE DE L'AMITIE"), m => m.Id == "pact-2024");
        Assert.Contains(table.Find("anna-berg"), m => m.Id == "anna-berg");
        Assert.Contains(table.Find("Russie"), m => m.Id == "russia");
    }

    [Fact]
    public void A_leading_article_definite_or_indefinite_does_not_keep_a_name_from_its_entry()
    {
        var table = AliasTable.Load(files.Write("entities.yaml", TinyGold.Aliases));
        Assert.Contains(table.Find("un pacte"), m => m.Id == "pact-2024");
        Assert.Contains(table.Find("a Pact of 2024"), m => m.Id == "pact-2024");
        Assert.Contains(table.Find("pacte"), m => m.Id == "pact-2024");
        Assert.DoesNotContain(table.Find("un autre pacte"), m => m.Id == "pact-2024");
    }
}
