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

    // Look-up state for surnames, kept up to date by Add: persons in order of first mention, their mention
    // counts, the surface names they were named by, and their name parts (computed on demand).
    private readonly List<string> persons = [];
    private readonly Dictionary<string, int> personCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> nameParts = new(StringComparer.Ordinal);

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
            nameParts.Remove(entity.Id);
        }
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[mention.TokenStart].Start, tokens[mention.TokenEnd - 1].End);
        var resolved = new ResolvedMention(
            mention.TokenStart, mention.TokenEnd, span, document.Text[span.Start..span.End],
            entity.Id, entities[entity.Id].Type, mention.Kind, document.SentenceOf(mention.TokenStart));
        mentions.Add(resolved);
        if (resolved.Type == "Person")
        {
            if (personCounts.TryGetValue(entity.Id, out var count))
            {
                personCounts[entity.Id] = count + 1;
            }
            else
            {
                personCounts[entity.Id] = 1;
                persons.Add(entity.Id);
            }
            if (resolved.Kind is MentionKind.KnownName or MentionKind.NewName)
            {
                if (!names.TryGetValue(entity.Id, out var list))
                {
                    names[entity.Id] = list = [];
                }
                list.Add(resolved.Text);
                nameParts.Remove(entity.Id);
            }
        }
    }

    /// <summary>The person whose mention starts at a token (after an optional comma), for appositions.</summary>
    public string? PersonStartingAt(int token)
    {
        var match = mentions.FirstOrDefault(m => m.Type == "Person" && (m.TokenStart == token || m.TokenStart == token + 1 && document.Tokens[token].Text == ","));
        return match?.EntityId;
    }

    /// <summary>The most-mentioned person whose name begins or ends with this folded word (known persons first).</summary>
    public ResolvedEntity? PersonWithNamePart(string folded)
    {
        ResolvedEntity? best = null;
        var bestCount = 0;
        foreach (var id in persons)
        {
            if (!NameParts(id).Contains(folded))
            {
                continue;
            }
            var candidate = entities[id];
            var count = personCounts[id];
            if (best is null || candidate.Known && !best.Known || candidate.Known == best.Known && count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    public ResolutionResult Result() =>
        new(mentions.OrderBy(m => m.TokenStart).ToImmutableArray(), entities.ToImmutableDictionary(StringComparer.Ordinal));

    private HashSet<string> NameParts(string id)
    {
        if (nameParts.TryGetValue(id, out var cached))
        {
            return cached;
        }
        IEnumerable<string> all = (names.GetValueOrDefault(id) ?? []).Append(entities[id].Name);
        if (ontology.FindEntity(id) is { } known)
        {
            all = all.Concat(known.Aliases.All);
        }
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in all)
        {
            var words = PhraseKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                parts.Add(words[0]);
                parts.Add(words[^1]);
            }
        }
        nameParts[id] = parts;
        return parts;
    }
}
