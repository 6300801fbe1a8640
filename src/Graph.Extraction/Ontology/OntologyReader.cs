using System.Collections.Immutable;
using Graph.Extraction.Gazetteer;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>Builds an <see cref="OntologyDefinition"/> from a YAML tree, checking every reference.</summary>
internal sealed class OntologyReader(YamlNodes yaml, string sourceName)
{
    private ImmutableArray<string> languages = [];

    public OntologyDefinition Read(YamlNode rootNode)
    {
        var root = yaml.Mapping(rootNode, "the ontology");
        yaml.OnlyKeys(root, "the ontology", "version", "languages", "entity_types", "relation_types", "cues", "entities", "institutions", "accessions", "gazetteer", "transliteration", "grammar");
        var version = yaml.Scalar(yaml.Required(root, "version", "the ontology"), "version");
        if (version != "1")
        {
            throw yaml.Error(root, $"unsupported ontology version '{version}'; this build reads version 1.");
        }
        languages = yaml.Scalars(yaml.Required(root, "languages", "the ontology"), "languages");

        var types = ReadEntityTypes(yaml.Required(root, "entity_types", "the ontology"));
        var kinds = ResolveKinds(types);
        var typeNames = types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var cues = ReadCues(yaml.Optional(root, "cues"));
        var relations = ReadRelations(yaml.Required(root, "relation_types", "the ontology"), typeNames, cues);
        var gazetteer = GazetteerReader.Read(yaml, yaml.Optional(root, "gazetteer"), kinds);
        var entities = new EntityReader(yaml, languages, typeNames).Read(yaml.Optional(root, "entities"), gazetteer.Select(e => e.Id));
        entities = GazetteerMerge.Merge(entities, gazetteer, kinds);
        var institutions = new InstitutionReader(yaml, languages, typeNames, kinds).Read(yaml.Optional(root, "institutions"), entities);
        var accessions = new AccessionReader(yaml, languages, kinds).Read(yaml.Optional(root, "accessions"), entities);
        return new OntologyDefinition(sourceName, languages, types, relations, entities, cues)
        {
            Kinds = kinds,
            Institutions = institutions, Accessions = accessions, GazetteerHash = gazetteer.IsEmpty ? null : GazetteerData.Shared.Hash,
            Transliteration = TransliterationReader.Read(yaml, yaml.Optional(root, "transliteration")),
            Grammar = GrammarReader.BuiltIn.With(GrammarReader.Read(yaml, yaml.Optional(root, "grammar"), languages)),
        };
    }

    // Where each type declared its kind: the line and column of a conflict between two types.
    private readonly Dictionary<string, YamlNode> kindNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> typeNameNodes = new(StringComparer.Ordinal);

    private ImmutableArray<EntityTypeDefinition> ReadEntityTypes(YamlNode node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<EntityTypeDefinition>();
        foreach (var item in yaml.Sequence(node, "entity_types").Children)
        {
            var map = yaml.Mapping(item, "an entity type");
            yaml.OnlyKeys(map, "an entity type", "name", "description", "kind", "heads", "before", "after", "described_as", "listed_with");
            var nameNode = yaml.Required(map, "name", "an entity type");
            var name = yaml.Scalar(nameNode, "entity type name");
            if (!Identifiers.IsTypeName(name))
            {
                throw yaml.Error(nameNode, $"entity type '{name}' is not a valid label: use PascalCase letters and digits only (e.g. Person).");
            }
            if (Identifiers.ReservedLabels.Contains(name))
            {
                throw yaml.Error(nameNode, $"entity type '{name}' is reserved by the graph schema.");
            }
            if (!seen.Add(name))
            {
                throw yaml.Error(nameNode, $"entity type '{name}' is declared twice.");
            }
            typeNameNodes[name] = nameNode;
            var kind = EntityKind.None;
            if (yaml.Optional(map, "kind") is { } kindNode)
            {
                var kindName = yaml.Scalar(kindNode, $"{name}.kind");
                kind = EntityKinds.Parse(kindName)
                    ?? throw yaml.Error(kindNode, $"entity type {name} has the kind '{kindName}', which is not one of {string.Join(", ", EntityKinds.Names)}.");
                kindNodes[name] = kindNode;
            }
            result.Add(new EntityTypeDefinition(name, yaml.OptionalScalar(map, "description", "entity type"))
            {
                Kind = kind,
                Heads = yaml.Terms(yaml.Optional(map, "heads"), $"{name}.heads", languages),
                Before = yaml.Terms(yaml.Optional(map, "before"), $"{name}.before", languages),
                After = yaml.Terms(yaml.Optional(map, "after"), $"{name}.after", languages),
                DescribedAs = yaml.Terms(yaml.Optional(map, "described_as"), $"{name}.described_as", languages),
                ListedWith = Flag(map, "listed_with", name),
            });
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The types' kinds. An ontology that declares none is read as earlier versions read it (the kinds of
    /// <c>kinds.yaml</c>, by type name). One that declares any must declare every kind it means: a type named as a
    /// legacy kind without <c>kind:</c> would lose its behaviour silently, so it is refused, as is a kind two types share.
    /// </summary>
    private EntityKinds ResolveKinds(ImmutableArray<EntityTypeDefinition> types)
    {
        if (kindNodes.Count == 0)
        {
            return EntityKinds.Legacy(types.Select(t => t.Name));
        }
        var owner = new Dictionary<EntityKind, string>();
        foreach (var type in types)
        {
            if (!kindNodes.ContainsKey(type.Name) && LegacyKinds.ByTypeName.TryGetValue(type.Name, out var legacy))
            {
                throw yaml.Error(typeNameNodes[type.Name], $"entity type {type.Name} declares no kind while others do: add 'kind: {EntityKinds.NameOf(legacy)}' (what earlier versions read it as) or 'kind: none'.");
            }
            if (type.Kind != EntityKind.None && !owner.TryAdd(type.Kind, type.Name))
            {
                throw yaml.Error(kindNodes[type.Name], $"entity types {owner[type.Kind]} and {type.Name} both have the kind '{EntityKinds.NameOf(type.Kind)}'; a kind belongs to one type.");
            }
        }
        return new EntityKinds(types.ToDictionary(t => t.Name, t => t.Kind, StringComparer.Ordinal));
    }

    private ImmutableArray<RelationTypeDefinition> ReadRelations(YamlNode node, HashSet<string> typeNames, OntologyCues cues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<RelationTypeDefinition>();
        foreach (var item in yaml.Sequence(node, "relation_types").Children)
        {
            var map = yaml.Mapping(item, "a relation type");
            yaml.OnlyKeys(map, "a relation type", "name", "description", "subject", "object", "triggers", "requires", "subject_from_demonym", "future_counts", "symmetric", "qualifiers", "object_after_opposition", "object_markers", "guest_triggers", "partner_markers", "presence_markers", "inverted_triggers", "examples", "object_as_title", "topic_triggers", "converse", "dash_attribution", "lone_object", "body_state_too", "joint_triggers");
            var nameNode = yaml.Required(map, "name", "a relation type");
            var name = yaml.Scalar(nameNode, "relation type name");
            if (!Identifiers.IsRelationName(name))
            {
                throw yaml.Error(nameNode, $"relation type '{name}' is not a valid relationship type: use UPPER_SNAKE_CASE (e.g. SIGNED).");
            }
            if (Identifiers.ReservedRelations.Contains(name))
            {
                throw yaml.Error(nameNode, $"relation type '{name}' is reserved by the graph schema.");
            }
            if (!seen.Add(name))
            {
                throw yaml.Error(nameNode, $"relation type '{name}' is declared twice.");
            }
            var subjects = TypeList(yaml.Required(map, "subject", $"relation {name}"), typeNames, $"{name}.subject");
            var objectNode = yaml.Required(map, "object", $"relation {name}");
            var isStatement = objectNode is YamlScalarNode { Value: "statement" };
            var objects = isStatement ? [] : TypeList(objectNode, typeNames, $"{name}.object");
            var requires = yaml.OptionalScalar(map, "requires", name);
            if (requires is not null && !cues.Sets.ContainsKey(requires))
            {
                throw yaml.Error(yaml.Required(map, "requires", name), $"relation {name} requires the cue set '{requires}', which 'cues' does not declare.");
            }
            var fromDemonym = yaml.OptionalScalar(map, "subject_from_demonym", name) is "true";
            var triggers = yaml.Terms(yaml.Required(map, "triggers", $"relation {name}"), $"{name}.triggers", languages);
            var futureCounts = yaml.OptionalScalar(map, "future_counts", name) is "true";
            var symmetric = Flag(map, "symmetric", name);
            if (symmetric && (isStatement || !subjects.ToHashSet(StringComparer.Ordinal).SetEquals(objects)))
            {
                throw yaml.Error(yaml.Required(map, "symmetric", name), $"relation {name} is symmetric, so its subject and object must list the same entity types.");
            }
            var topicTriggers = yaml.Terms(yaml.Optional(map, "topic_triggers"), $"{name}.topic_triggers", languages);
            if (topicTriggers.All.Intersect(triggers.All, StringComparer.Ordinal).FirstOrDefault() is { } both)
            {
                throw yaml.Error(yaml.Required(map, "topic_triggers", name), $"relation {name} lists '{both}' both as a trigger and as a topic trigger; keep it in one of them.");
            }
            var jointTriggers = yaml.Terms(yaml.Optional(map, "joint_triggers"), $"{name}.joint_triggers", languages);
            if (jointTriggers.All.Except(triggers.All, StringComparer.Ordinal).FirstOrDefault() is { } notTrigger)
            {
                throw yaml.Error(yaml.Required(map, "joint_triggers", name), $"relation {name} lists '{notTrigger}' as a joint trigger but not as a trigger; list it in both.");
            }
            if (jointTriggers.All.Any() && !symmetric)
            {
                throw yaml.Error(yaml.Required(map, "joint_triggers", name), $"relation {name} has joint_triggers, which only a symmetric relation may have.");
            }
            var loneObject = yaml.OptionalScalar(map, "lone_object", name);
            if (loneObject is not null && !objects.Contains(loneObject))
            {
                throw yaml.Error(yaml.Required(map, "lone_object", name), $"relation {name}: lone_object '{loneObject}' is not one of its object types ({string.Join(", ", objects)}).");
            }
            var relation = new RelationTypeDefinition(name, subjects, objects, isStatement, triggers, requires, fromDemonym)
            {
                LoneObject = loneObject,
                FutureCounts = futureCounts,
                Symmetric = symmetric,
                Qualifiers = ReadQualifiers(yaml.Optional(map, "qualifiers"), name, cues),
                ObjectAfterOpposition = Flag(map, "object_after_opposition", name),
                BodyStateToo = Flag(map, "body_state_too", name),
                ObjectMarkers = yaml.Terms(yaml.Optional(map, "object_markers"), $"{name}.object_markers", languages),
                ObjectAsTitle = Flag(map, "object_as_title", name),
                DashAttribution = DashAttributionFlag(map, name, isStatement),
                GuestTriggers = yaml.Terms(yaml.Optional(map, "guest_triggers"), $"{name}.guest_triggers", languages),
                PartnerMarkers = yaml.Terms(yaml.Optional(map, "partner_markers"), $"{name}.partner_markers", languages),
                PresenceMarkers = yaml.Terms(yaml.Optional(map, "presence_markers"), $"{name}.presence_markers", languages),
                InvertedTriggers = yaml.Terms(yaml.Optional(map, "inverted_triggers"), $"{name}.inverted_triggers", languages),
                Examples = ReadExamples(yaml.Optional(map, "examples"), name),
                TopicTriggers = topicTriggers,
                JointTriggers = jointTriggers,
            };
            result.Add(relation with { Converse = ReadConverse(yaml.Optional(map, "converse"), relation) });
        }
        CheckCuesAreRead(node, result, cues);
        return result.ToImmutable();
    }

    /// <summary>
    /// <c>converse: {triggers: {en: [received]}, markers: {en: [from]}}</c>: verbs whose grammatical subject is the
    /// relation's object and whose marked complement is its subject ("Ukraine received tanks from Poland"). Read as a
    /// relation with subject and object types swapped, whose facts are turned round.
    /// </summary>
    private RelationTypeDefinition? ReadConverse(YamlNode? node, RelationTypeDefinition relation)
    {
        if (node is null)
        {
            return null;
        }
        var what = $"{relation.Name}.converse";
        var map = yaml.Mapping(node, what);
        yaml.OnlyKeys(map, what, "triggers", "markers");
        if (relation.ObjectIsStatement || relation.Symmetric)
        {
            throw yaml.Error(node, $"relation {relation.Name} has no converse: its object is a statement or it is symmetric.");
        }
        return new RelationTypeDefinition(relation.Name, relation.ObjectTypes, relation.SubjectTypes, false,
            yaml.Terms(yaml.Required(map, "triggers", what), $"{what}.triggers", languages), relation.RequiresCue, false)
        {
            IsConverse = true,
            ObjectFromDemonym = relation.SubjectFromDemonym,
            FutureCounts = relation.FutureCounts,
            Qualifiers = relation.Qualifiers,
            ObjectMarkers = yaml.Terms(yaml.Required(map, "markers", what), $"{what}.markers", languages),
        };
    }

    /// <summary>
    /// <c>examples: [{en: "text", facts: [[a, R, b], [c, STATED]], absent: [[d, R, e]]}]</c>: one language key, at
    /// least one expected fact (an absence is only worth checking next to a presence).
    /// </summary>
    private ImmutableArray<RelationExample> ReadExamples(YamlNode? node, string relation)
    {
        if (node is null)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<RelationExample>();
        foreach (var item in yaml.Sequence(node, $"{relation}.examples").Children)
        {
            var map = yaml.Mapping(item, $"an example of {relation}");
            yaml.OnlyKeys(map, $"an example of {relation}", [.. languages, "facts", "absent"]);
            var texts = languages.Where(l => yaml.Optional(map, l) is not null).ToList();
            if (texts.Count != 1)
            {
                throw yaml.Error(map, $"an example of {relation} needs exactly one text, under one language key ({string.Join(", ", languages)}).");
            }
            var facts = ExampleFacts(yaml.Required(map, "facts", $"an example of {relation}"), relation);
            if (facts.IsEmpty)
            {
                throw yaml.Error(map, $"an example of {relation} must expect at least one fact.");
            }
            var absent = yaml.Optional(map, "absent") is { } absentNode ? ExampleFacts(absentNode, relation) : [];
            result.Add(new RelationExample(texts[0], yaml.Scalar(yaml.Required(map, texts[0], relation), $"an example of {relation}"), facts, absent,
                (int)item.Start.Line));
        }
        return result.ToImmutable();
    }

    /// <summary>A list of <c>[subject, RELATION, object]</c> (or <c>[subject, RELATION]</c> for a statement).</summary>
    private ImmutableArray<ExampleFact> ExampleFacts(YamlNode node, string relation)
    {
        var result = ImmutableArray.CreateBuilder<ExampleFact>();
        foreach (var item in yaml.Sequence(node, $"the facts of an example of {relation}").Children)
        {
            var parts = yaml.Scalars(item, $"a fact of an example of {relation}");
            if (parts.Length is not (2 or 3))
            {
                throw yaml.Error(item, $"a fact of an example of {relation} is [subject, RELATION, object] or [subject, RELATION].");
            }
            result.Add(new ExampleFact(parts[0], parts[1], parts.Length == 3 ? parts[2] : null));
        }
        return result.ToImmutable();
    }

    /// <summary><c>qualifiers: {troops: {count: troop_nouns}, weapon: {noun: weapon_nouns}}</c>.</summary>
    private ImmutableArray<QualifierDefinition> ReadQualifiers(YamlNode? node, string relation, OntologyCues cues)
    {
        if (node is null)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<QualifierDefinition>();
        foreach (var (key, value) in yaml.Mapping(node, $"{relation}.qualifiers").Children)
        {
            var name = yaml.Scalar(key, $"a qualifier of {relation}");
            var how = yaml.Mapping(value, $"{relation}.qualifiers.{name}");
            yaml.OnlyKeys(how, $"{relation}.qualifiers.{name}", "count", "noun");
            if (how.Children.Count != 1)
            {
                throw yaml.Error(value, $"{relation}.qualifiers.{name} needs exactly one of 'count' (a number before a word of the cue set) or 'noun' (the word itself).");
            }
            var (kindNode, cueNode) = how.Children.First();
            var kind = yaml.Scalar(kindNode, "a qualifier kind") == "count" ? QualifierKind.Count : QualifierKind.Noun;
            var cue = yaml.Scalar(cueNode, $"{relation}.qualifiers.{name}");
            if (!cues.Sets.ContainsKey(cue))
            {
                throw yaml.Error(cueNode, $"qualifier {name} of {relation} reads the cue set '{cue}', which 'cues' does not declare.");
            }
            result.Add(new QualifierDefinition(name, kind, cue));
        }
        return result.ToImmutable();
    }

    /// <summary>A cue set nothing reads is a misspelling or a leftover: refused rather than silently ignored.</summary>
    private void CheckCuesAreRead(YamlNode relationsNode, ImmutableArray<RelationTypeDefinition>.Builder relations, OntologyCues cues)
    {
        var read = OntologyCues.Known.ToHashSet(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (relation.RequiresCue is { } cue)
            {
                read.Add(cue);
            }
            read.UnionWith(relation.Qualifiers.Select(q => q.Cue));
        }
        foreach (var name in cues.Sets.Keys)
        {
            if (!read.Contains(name))
            {
                throw yaml.Error(relationsNode, $"cue set '{name}' is read by nothing: neither the extractor ({string.Join(", ", OntologyCues.Known)}) nor a relation's 'requires' or 'qualifiers' names it.");
            }
        }
    }

    /// <summary><c>dash_attribution: true</c> attributes a quotation, so only a relation whose object is a statement may set it.</summary>
    private bool DashAttributionFlag(YamlMappingNode map, string name, bool isStatement)
    {
        var flag = Flag(map, "dash_attribution", name);
        if (flag && !isStatement)
        {
            throw yaml.Error(yaml.Required(map, "dash_attribution", name), $"relation {name} sets dash_attribution, which only a relation whose object is 'statement' may.");
        }
        return flag;
    }

    /// <summary>An optional true/false key; anything else is an error, not silently false.</summary>
    private bool Flag(YamlMappingNode map, string key, string owner)
    {
        var value = yaml.OptionalScalar(map, key, owner);
        return value switch
        {
            null or "false" => false,
            "true" => true,
            _ => throw yaml.Error(yaml.Required(map, key, owner), $"relation {owner}: '{key}' must be true or false, not '{value}'."),
        };
    }

    private ImmutableArray<string> TypeList(YamlNode node, HashSet<string> typeNames, string what)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var child in yaml.Sequence(node, what).Children)
        {
            var type = yaml.Scalar(child, what);
            if (!typeNames.Contains(type))
            {
                throw yaml.Error(child, $"{what} names the type '{type}', which entity_types does not declare.");
            }
            result.Add(type);
        }
        return result.ToImmutable();
    }

    private OntologyCues ReadCues(YamlNode? node)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, TermSet>(StringComparer.Ordinal);
        if (node is not null)
        {
            foreach (var (key, value) in yaml.Mapping(node, "cues").Children)
            {
                var name = yaml.Scalar(key, "a cue set name");
                if (!Identifiers.IsEntityId(name.Replace('_', '-')))
                {
                    throw yaml.Error(key, $"cue set name '{name}' must be lower_snake_case.");
                }
                builder[name] = yaml.Terms(value, $"cues.{name}", languages);
            }
        }
        return new OntologyCues(builder.ToImmutable());
    }
}
