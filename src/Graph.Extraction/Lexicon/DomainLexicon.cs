using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// The ontology compiled into matchers: built once per ontology and shared by every article, read-only.
/// </summary>
internal sealed class DomainLexicon
{
    private readonly Dictionary<string, PhraseMatcher<bool>> cues = new(StringComparer.Ordinal);

    // The ontology's entities by id, as OntologyDefinition.FindEntity finds them (ids are unique) but hashed, not a
    // tree walk: mention finding and resolution ask it for almost every mention.
    private readonly FrozenDictionary<string, KnownEntity> entitiesById;

    public DomainLexicon(OntologyDefinition ontology)
    {
        Ontology = ontology;
        entitiesById = ontology.Entities.DistinctBy(e => e.Id, StringComparer.Ordinal).ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in ontology.Entities)
        {
            foreach (var alias in entity.Aliases.All.Append(entity.Name))
            {
                Names.Add(alias, new NameEntry(entity.Id, alias, alias.Any(char.IsUpper), IsAcronym(alias), FindEntity(entity.Id)!));
            }
            foreach (var role in entity.Roles.All)
            {
                Roles.Add(role, entity.Id);
            }
            foreach (var demonym in entity.Demonyms.All)
            {
                Demonyms.Add(demonym, entity.Id);
            }
        }
        SpeechRelations = ontology.RelationTypes.Where(r => r.ObjectIsStatement).Select(r => r.Name).ToFrozenSet(StringComparer.Ordinal);
        foreach (var relation in ontology.RelationTypes)
        {
            // Topic, inverted-only and converse triggers are found like the others; relation extraction decides whether
            // the topic holds, the position is inverted, or the fact is turned round.
            foreach (var (set, key) in new[] { (relation.Triggers, relation.Name), (relation.TopicTriggers, relation.Name), (relation.InvertedTriggers, relation.Name), (relation.Converse?.Triggers ?? TermSet.Empty, relation.Converse?.Key ?? relation.Name) })
            {
                foreach (var trigger in set.All)
                {
                    Triggers.Add(trigger, key);
                }
                foreach (var (language, terms) in set.ByLanguage)
                {
                    if (!triggersByLanguage.TryGetValue(language, out var matcher))
                    {
                        triggersByLanguage[language] = matcher = new PhraseMatcher<string>();
                    }
                    foreach (var trigger in terms)
                    {
                        matcher.Add(trigger, key);
                    }
                }
            }
            topicTriggers[relation.Name] = PhraseMatcher<bool>.Of(relation.TopicTriggers.All, true);
        }
        foreach (var (name, terms) in ontology.Cues.Sets)
        {
            cues[name] = PhraseMatcher<bool>.Of(terms.All, true);
        }
        Grammar = new GrammarWords(ontology.Grammar);
        FunctionWords = ontology.Cues[OntologyCues.FunctionWords].All.Select(TextFolding.Fold).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public OntologyDefinition Ontology { get; }

    /// <summary>Which of the ontology's types is which kind of entity: the engine asks for kinds, never type names.</summary>
    public EntityKinds Kinds => Ontology.Kinds;

    public PhraseMatcher<NameEntry> Names { get; } = new();

    public PhraseMatcher<string> Roles { get; } = new();

    public PhraseMatcher<string> Demonyms { get; } = new();

    /// <summary>Every language's triggers: mention finding uses them as hints, whatever the article's language.</summary>
    public PhraseMatcher<string> Triggers { get; } = new();

    /// <summary>
    /// The relations whose object is a statement (<see cref="RelationTypeDefinition.ObjectIsStatement"/>): a trigger of
    /// one of them is a speech verb, whatever the ontology calls the relation.
    /// </summary>
    public FrozenSet<string> SpeechRelations { get; }

    /// <summary>Whether a <see cref="Triggers"/> match belongs to a speech relation (see <see cref="SpeechRelations"/>).</summary>
    public bool IsSpeech((int End, IReadOnlyList<string> Values)? match)
    {
        if (match is not { } found)
        {
            return false;
        }
        foreach (var relation in found.Values)
        {
            if (SpeechRelations.Contains(relation))
            {
                return true;
            }
        }
        return false;
    }

    private readonly Dictionary<string, PhraseMatcher<string>> triggersByLanguage = new(StringComparer.Ordinal);

    /// <summary>The triggers relation extraction applies to an article of <paramref name="language"/>; all of them for an undeclared language.</summary>
    public PhraseMatcher<string> TriggersFor(string language) =>
        Ontology.Languages.Contains(language) ? triggersByLanguage.GetValueOrDefault(language) ?? Empty : Triggers;

    private static readonly PhraseMatcher<string> Empty = new();

    public ImmutableHashSet<string> FunctionWords { get; }

    /// <summary>The ontology's grammar words (prepositions, auxiliaries, pronouns...), compiled for look-up.</summary>
    public GrammarWords Grammar { get; }

    /// <summary>The known entity with this id (<see cref="OntologyDefinition.FindEntity"/>), or null.</summary>
    public KnownEntity? FindEntity(string id) => entitiesById.GetValueOrDefault(id);

    /// <summary>
    /// The state a body acts for: a known entity's <c>body_of</c>, a country's known institution ("united-states:
    /// us-treasury"), or an institution named from its country ("south-korea-foreign-ministry"); null for anything else.
    /// </summary>
    public string? StateOf(string id)
    {
        if (FindEntity(id)?.BodyOf is { } state)
        {
            return state;
        }
        foreach (var institution in Ontology.Institutions)
        {
            foreach (var (country, known) in institution.Known)
            {
                if (known == id)
                {
                    return country;
                }
            }
            var suffix = "-" + institution.Kind;
            if (id.EndsWith(suffix, StringComparison.Ordinal) && id[..^suffix.Length] is var prefix
                && FindEntity(prefix) is not null && institution.IdFor(prefix) == id)
            {
                return prefix;
            }
        }
        return null;
    }

    private readonly Dictionary<string, PhraseMatcher<bool>> topicTriggers = new(StringComparer.Ordinal);

    /// <summary>The relation's topic triggers (<see cref="RelationTypeDefinition.TopicTriggers"/>), every language.</summary>
    public PhraseMatcher<bool> TopicTriggers(string relation) => topicTriggers.GetValueOrDefault(relation) ?? new PhraseMatcher<bool>();

    public PhraseMatcher<bool> Cue(string name) => cues.GetValueOrDefault(name) ?? new PhraseMatcher<bool>();

    public bool IsCue(string name, Token token) => Cue(name).MatchWord(token) is not null;

    private static bool IsAcronym(string alias)
    {
        var letters = alias.Where(char.IsLetter).ToArray();
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper);
    }
}
