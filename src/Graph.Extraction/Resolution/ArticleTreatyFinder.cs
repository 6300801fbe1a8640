using Graph.Extraction.Ontology;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Decides which treaty the article's generic treaty nouns ("l'accord", "the treaty") refer to: a treaty the
/// article names, else the known treaty whose parties the article mentions most, else an unnamed treaty
/// between the two countries the article mentions most.
/// </summary>
internal sealed class ArticleTreatyFinder(OntologyDefinition ontology)
{
    public ResolvedEntity? Find(ResolutionState state)
    {
        var named = state.CountsOfType("Treaty").OrderByDescending(t => t.Count).FirstOrDefault();
        if (named.Id is not null)
        {
            return state.Entity(named.Id);
        }
        var countries = state.CountsOfType("Country").ToDictionary(c => c.Id, c => c.Count, StringComparer.Ordinal);
        var byParties = ontology.Entities
            .Where(e => e.Type == "Treaty" && e.Parties.Length > 0 && e.Parties.All(countries.ContainsKey))
            .OrderByDescending(e => e.Parties.Sum(p => countries[p]))
            .FirstOrDefault();
        if (byParties is not null)
        {
            return new ResolvedEntity(byParties.Id, byParties.Name, byParties.Type, byParties.Wikidata, true);
        }
        var top = countries.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
        if (top.Length < 2)
        {
            return null;
        }
        var names = top.Select(id => ontology.FindEntity(id)?.Name ?? id).ToArray();
        return new ResolvedEntity($"treaty-{top[0]}-{top[1]}", $"Treaty between {names[0]} and {names[1]}", "Treaty", null, false);
    }
}
