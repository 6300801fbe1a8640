using System.Collections.Immutable;
using Graph.Core;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>The mentions resolved so far in one article, with the look-ups later passes need.</summary>
internal sealed class ResolutionState(ArticleDocument document, OntologyDefinition ontology)
{
    private readonly List<ResolvedMention> mentions = [];
    private readonly Dictionary<string, ResolvedEntity> entities = new(StringComparer.Ordinal);

    public ArticleDocument Document => document;

    public IEnumerable<ResolvedMention> Mentions => mentions;

    public ResolvedEntity? Entity(string id) => entities.GetValueOrDefault(id);

    public void Add(RawMention mention, ResolvedEntity entity)
    {
        if (!entities.TryGetValue(entity.Id, out var existing))
        {
            entities[entity.Id] = entity;
        }
        else if (!existing.Known && entity.Name.Length > existing.Name.Length)
        {
            // A new name seen in full later ("Yu" after "Yu Ji-hoon") keeps the fullest form.
            entities[entity.Id] = existing with { Name = entity.Name };
        }
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[mention.TokenStart].Start, tokens[mention.TokenEnd - 1].End);
        mentions.Add(new ResolvedMention(
            mention.TokenStart, mention.TokenEnd, span, document.Text[span.Start..span.End],
            entity.Id, entities[entity.Id].Type, mention.Kind, document.SentenceOf(mention.TokenStart)));
    }

    /// <summary>The person whose mention starts at a token (after an optional comma), for appositions.</summary>
    public string? PersonStartingAt(int token)
    {
        var match = mentions.FirstOrDefault(m => m.Type == "Person" && (m.TokenStart == token || m.TokenStart == token + 1 && document.Tokens[token].Text == ","));
        return match?.EntityId;
    }

    /// <summary>The most-mentioned person whose name begins or ends with this folded word.</summary>
    public ResolvedEntity? PersonWithNamePart(string folded)
    {
        return mentions
            .Where(m => m.Type == "Person")
            .GroupBy(m => m.EntityId)
            .Where(g => NameParts(g.Key, g).Contains(folded))
            .OrderByDescending(g => entities[g.Key].Known)
            .ThenByDescending(g => g.Count())
            .Select(g => entities[g.Key])
            .FirstOrDefault();
    }

    public IEnumerable<(string Id, int Count)> CountsOfType(string type) =>
        mentions.Where(m => m.Type == type).GroupBy(m => m.EntityId).Select(g => (g.Key, g.Count()));

    public ResolutionResult Result() =>
        new(mentions.OrderBy(m => m.TokenStart).ToImmutableArray(), entities.ToImmutableDictionary(StringComparer.Ordinal));

    private HashSet<string> NameParts(string id, IEnumerable<ResolvedMention> seen)
    {
        var names = seen.Where(m => m.Kind is MentionKind.KnownName or MentionKind.NewName).Select(m => m.Text).Append(entities[id].Name);
        if (ontology.FindEntity(id) is { } known)
        {
            names = names.Concat(known.Aliases.All);
        }
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var words = PhraseKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                parts.Add(words[0]);
                parts.Add(words[^1]);
            }
        }
        return parts;
    }
}
