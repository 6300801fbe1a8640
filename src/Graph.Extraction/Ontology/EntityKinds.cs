using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>
/// Which of an ontology's entity types is which <see cref="EntityKind"/>. Each kind is one type at most; a kind no
/// type declares is named by its legacy type name (<c>Ontology/kinds.yaml</c>), so the mentions the engine makes
/// for it keep the name earlier versions gave them (and an ontology without such a type drops them, as before).
/// </summary>
public sealed class EntityKinds
{
    private readonly FrozenDictionary<string, EntityKind> kindOfType;
    private readonly FrozenDictionary<EntityKind, string> typeOfKind;
    private readonly FrozenSet<EntityKind> declared;

    /// <param name="kindOfEachType">Every type of the ontology with its kind (<see cref="EntityKind.None"/> when it has none); one type per kind.</param>
    public EntityKinds(IReadOnlyDictionary<string, EntityKind> kindOfEachType)
    {
        var kinds = kindOfEachType.Where(p => p.Value != EntityKind.None).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var types = kinds.ToDictionary(p => p.Value, p => p.Key);
        declared = types.Keys.ToFrozenSet();
        foreach (var (legacyName, kind) in LegacyKinds.ByTypeName)
        {
            if (!types.ContainsKey(kind))
            {
                // A type of another kind holds the legacy name: the kind's own name, never a type's (types are
                // PascalCase), so what the engine finds of it matches no type and is dropped.
                var name = kindOfEachType.ContainsKey(legacyName) ? NameOf(kind) : legacyName;
                types[kind] = name;
                kinds[name] = kind;
            }
        }
        kindOfType = kinds.ToFrozenDictionary(StringComparer.Ordinal);
        typeOfKind = types.ToFrozenDictionary();
    }

    /// <summary>The kinds of types named as in <c>kinds.yaml</c>: how an ontology without any <c>kind:</c> is read.</summary>
    public static EntityKinds Legacy(IEnumerable<string> typeNames) =>
        new(typeNames.ToDictionary(t => t, LegacyKindOf, StringComparer.Ordinal));

    /// <summary>The kind of a type name (a mention's or an entity's type); <see cref="EntityKind.None"/> when it has none.</summary>
    public EntityKind KindOf(string? type) => type is not null && kindOfType.TryGetValue(type, out var kind) ? kind : EntityKind.None;

    public bool Is(string? type, EntityKind kind) => kind != EntityKind.None && KindOf(type) == kind;

    /// <summary>The type name the engine gives what it finds of this kind.</summary>
    public string TypeOf(EntityKind kind) =>
        typeOfKind.TryGetValue(kind, out var type) ? type : throw new ArgumentException($"the kind {kind} has no type name.", nameof(kind));

    /// <summary>
    /// The name an ontology without kinds gives this type (<c>kinds.yaml</c>: the kind's legacy name; a type of no
    /// kind keeps its own): how the gold annotations, written against that ontology, name it.
    /// </summary>
    public string LegacyNameOf(string type) =>
        LegacyKinds.TypeNameOf.TryGetValue(KindOf(type), out var legacy) ? legacy : type;

    /// <summary>Whether one of the ontology's types is of this kind.</summary>
    public bool Declares(EntityKind kind) => declared.Contains(kind);

    /// <summary>The names of the kinds as YAML writes them (<c>person</c>, <c>agreement</c>...).</summary>
    public static ImmutableArray<string> Names { get; } = [.. Enum.GetValues<EntityKind>().Select(NameOf)];

    /// <summary>The kind an ontology without any <c>kind:</c> gives a type of this name (<c>kinds.yaml</c>).</summary>
    public static EntityKind LegacyKindOf(string typeName) => LegacyKinds.ByTypeName.GetValueOrDefault(typeName, EntityKind.None);

    /// <summary><see cref="LegacyKindOf"/> as YAML writes it (<c>location</c>); null for a name of no kind.</summary>
    public static string? LegacyKindNameOf(string typeName) => LegacyKindOf(typeName) is var kind and not EntityKind.None ? NameOf(kind) : null;

    public static string NameOf(EntityKind kind) => kind.ToString().ToLowerInvariant();

    public static EntityKind? Parse(string name) =>
        Enum.GetValues<EntityKind>().Select(k => (EntityKind?)k).FirstOrDefault(k => NameOf(k!.Value) == name);
}
