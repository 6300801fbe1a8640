namespace Graph.Neo4j.Internal;

/// <summary>
/// Unique constraints on the ids of the four node kinds, and the index of evidence by fact, in the syntax the server
/// version accepts:
/// <list type="bullet">
/// <item>3.x: <c>CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE</c>; repeating it is a no-op.</item>
/// <item>4.0: named, without IF NOT EXISTS (not yet supported); "already exists" answers count as success.</item>
/// <item>4.1–4.3: <c>CREATE CONSTRAINT name IF NOT EXISTS ON (n:L) ASSERT n.id IS UNIQUE</c>.</item>
/// <item>4.4, 5.x, 2025.x: <c>CREATE CONSTRAINT name IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE</c>.</item>
/// </list>
/// </summary>
internal static class SchemaStatements
{
    public static readonly IReadOnlyList<(string Label, string Name)> UniqueIds =
    [
        ("Entity", "entity_id"),
        ("Article", "article_id"),
        ("Evidence", "evidence_id"),
        ("Statement", "statement_id"),
    ];

    /// <summary>Server codes meaning the constraint is already there (4.0 has no IF NOT EXISTS).</summary>
    public static bool IsAlreadyExists(string code) =>
        code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
            or "Neo.ClientError.Schema.ConstraintAlreadyExists"
            or "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists"
            or "Neo.ClientError.Schema.IndexWithNameAlreadyExists"
            or "Neo.ClientError.Schema.IndexAlreadyExists";

    public static IReadOnlyList<string> ForVersion(int major, int minor) =>
        [.. UniqueIds.Select(c => Constraint(major, minor, c.Label, c.Name)), FactIndex(major, minor)];

    /// <summary>
    /// Evidence is found by the fact it supports (<c>fact</c> = subject, type and object): a fact's qualifiers and
    /// articles are derived from its evidence after every write and removal, so this must be an index seek.
    /// </summary>
    private static string FactIndex(int major, int minor) => (major, minor) switch
    {
        ( < 4, _) => "CREATE INDEX ON :Evidence(fact)",
        (4, 0) => "CREATE INDEX evidence_fact FOR (n:Evidence) ON (n.fact)",
        _ => "CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.fact)",
    };

    private static string Constraint(int major, int minor, string label, string name) => (major, minor) switch
    {
        ( < 4, _) => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE",
        (4, 0) => $"CREATE CONSTRAINT {name} ON (n:{label}) ASSERT n.id IS UNIQUE",
        (4, < 4) => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.id IS UNIQUE",
        _ => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
    };
}
