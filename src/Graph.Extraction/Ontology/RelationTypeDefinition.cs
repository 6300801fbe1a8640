using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>
/// A relation type with its domain and range. <see cref="ObjectIsStatement"/> relations (STATED) point to what
/// was said rather than to an entity.
/// </summary>
/// <param name="RequiresCue">Name of a cue set one of whose words must occur in the sentence (DEPLOYED needs troops).</param>
/// <param name="SubjectFromDemonym">Whether a demonym next to the required cue ("soldats nord-coréens") may name the subject.</param>
public sealed record RelationTypeDefinition(
    string Name,
    ImmutableArray<string> SubjectTypes,
    ImmutableArray<string> ObjectTypes,
    bool ObjectIsStatement,
    TermSet Triggers,
    string? RequiresCue,
    bool SubjectFromDemonym)
{
    /// <summary>Whether an announced future act counts ("va déployer", "will send"): a decided deployment is a fact, a signing to come is not.</summary>
    public bool FutureCounts { get; init; }

    /// <summary>
    /// The type of an unknown lone capitalised name right after one of the relation's triggers (<c>lone_object:
    /// Organization</c>: "sanctioned Rosneft and Lukoil"); null: such a name is kept only when it completes a person's name.
    /// </summary>
    public string? LoneObject { get; init; }

    /// <summary>Whether (a, R, b) and (b, R, a) are one fact (<c>symmetric: true</c>: MET); subject and object types must then agree.</summary>
    public bool Symmetric { get; init; }

    /// <summary>
    /// Qualifiers read from the sentence for this relation only (troops for deployments, weapon for supplies); date
    /// and claimedBy are read for every relation.
    /// </summary>
    public ImmutableArray<QualifierDefinition> Qualifiers { get; init; } = [];

    /// <summary>
    /// Whether the object may follow a word of opposition ("sanctions contre X", "measures against X"). Otherwise a
    /// name after one is the adversary, not the object ("envoyés combattre contre l'Ukraine").
    /// </summary>
    public bool ObjectAfterOpposition { get; init; }

    /// <summary>
    /// Whether a state's body acting (<c>body_state_too: true</c>) makes the state a subject too: "the Treasury
    /// sanctioned X" gives the United States as well (the body is <see cref="KnownEntity.BodyOf"/> it, or one of the
    /// ontology's institutions of that state). Not for acts a body does apart from its state (a parliament ratifying).
    /// </summary>
    public bool BodyStateToo { get; init; }

    /// <summary>
    /// Per language, the words that introduce the object when it is not the verb's direct object
    /// (<c>object_markers: {fr: [à, en], en: [to, in]}</c>): "visited Kyiv" and "s'est rendu à Kyiv" are read, "a visit
    /// by a US official" is not a visit to the United States. Empty: any object in reach.
    /// </summary>
    public TermSet ObjectMarkers { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words that state the relation only while it is the topic (<c>topic_triggers</c>): "targeted",
    /// "visées", "include" are sanctions in "The EU imposed sanctions. Also targeted were X and Y", but not in "missiles
    /// targeted Kyiv". One of the relation's own triggers, or a topic word it already let through, must occur in the
    /// same sentence or the two before.
    /// </summary>
    public TermSet TopicTriggers { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, triggers of a symmetric relation that name one event all the listed partners took part in
    /// (<c>joint_triggers</c>: "a joint press conference with X and Y"): X and Y are paired with each other too, not
    /// only with the subject ("X met Y and Z" may be two meetings, so plain triggers do not pair the objects).
    /// </summary>
    public TermSet JointTriggers { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words of a host's act whose direct object is the one who did this relation (<c>guest_triggers</c>:
    /// "X hosted Y", "Y was welcomed by X", "X a reçu Y"): the guest is the subject, the place named after the guest (or
    /// else the host's state) the object.
    /// </summary>
    public TermSet GuestTriggers { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words after the act that introduce who did it together with the subject (<c>partner_markers</c>:
    /// "X signed the treaty with Y", "X a signé l'accord avec Y": Y signed too).
    /// </summary>
    public TermSet PartnerMarkers { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words that introduce people present at the sentence's act (<c>presence_markers</c>, for a
    /// symmetric relation: "X signed it in the presence of Y": X and Y met).
    /// </summary>
    public TermSet PresenceMarkers { get; init; } = TermSet.Empty;

    /// <summary>
    /// Per language, words that are this relation's triggers only in the inverted position, after a quote or a comma
    /// with the subject after them (<c>inverted_triggers</c>: "« ... », a lancé X"; "X a lancé des attaques" says nothing).
    /// </summary>
    public TermSet InvertedTriggers { get; init; } = TermSet.Empty;

    /// <summary>Sentences written for the rules, each with the facts it must and must not give; a test runs them all.</summary>
    public ImmutableArray<RelationExample> Examples { get; init; } = [];

    /// <summary>
    /// The receiving side of this relation (<c>converse:</c>), read with subject and object types swapped: "Ukraine
    /// received tanks from Poland" is Poland SUPPLIED Ukraine. Null when the ontology declares none.
    /// </summary>
    public RelationTypeDefinition? Converse { get; init; }

    /// <summary>Whether this is a <see cref="Converse"/>: its facts are turned round before they are stated.</summary>
    public bool IsConverse { get; init; }

    /// <summary>A converse's object (the original subject) may be named by a demonym ("a reçu des chars allemands").</summary>
    public bool ObjectFromDemonym { get; init; }

    /// <summary>Unique per reading: the converse of a relation has its own key, for trigger look-up and carried subjects.</summary>
    public string Key => IsConverse ? Name + ConverseSuffix : Name;

    // Relation names are UPPER_SNAKE_CASE, so no name ends with this.
    private const string ConverseSuffix = "~converse";

    /// <summary>
    /// Whether an object written as the title right before the subject's name states the relation (<c>object_as_title:
    /// true</c> for a rank: "Admiral Jane Roe" holds the rank of admiral), with no trigger.
    /// </summary>
    public bool ObjectAsTitle { get; init; }

    /// <summary>
    /// <c>dash_attribution: true</c> (a relation whose object is a statement): a line that opens with a dash and a name
    /// under a quotation ("– Jane Roe, analyst") attributes the quotation to that name.
    /// </summary>
    public bool DashAttribution { get; init; }

    public bool AllowsSubject(string type) => SubjectTypes.Contains(type);

    public bool AllowsObject(string type) => !ObjectIsStatement && ObjectTypes.Contains(type);
}
