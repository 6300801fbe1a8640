namespace Graph.Neo4j.Internal;

/// <summary>
/// The first statement of every article write: it takes the write lock on the Article node (creating it when
/// absent, which the unique constraint serialises) and, under that lock, checks that the article is still in the
/// state the writer read before deciding what to write. If it is not, the statement divides by zero, which
/// aborts and rolls back the whole request; <see cref="IsConflict"/> recognises that failure.
/// </summary>
/// <remarks>
/// Neo4j 3.1 has no way to raise an error on purpose without plug-ins; an arithmetic error on a value only
/// known at run time (so the planner cannot fold it) is the portable substitute. No other statement of a write
/// does arithmetic.
/// </remarks>
internal static class ArticleLock
{
    /// <summary>Attempts (read, then guarded write) before giving up on an article that keeps changing.</summary>
    public const int MaxAttempts = 5;

    private const string Guard = """
        MERGE (a:Article {id: $articleId})
        SET a._lock = true
        REMOVE a._lock
        WITH a
        WHERE NOT (coalesce(a.sha256, '') = $seenSha AND coalesce(a.extraction, '') = $seenExtraction)
        UNWIND [0] AS changedMeanwhile
        RETURN 1 / changedMeanwhile AS conflict
        """;

    // One row per article of the transaction, in id order (writers of overlapping batches lock in the same order).
    private const string GuardMany = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.articleId})
        SET a._lock = true
        REMOVE a._lock
        WITH a, row
        WHERE NOT (coalesce(a.sha256, '') = row.seenSha AND coalesce(a.extraction, '') = row.seenExtraction)
        UNWIND [0] AS changedMeanwhile
        RETURN 1 / changedMeanwhile AS conflict
        """;

    public static CypherStatement Statement(string articleId, string? seenSha, string? seenExtraction) =>
        new(Guard, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["articleId"] = articleId,
            ["seenSha"] = seenSha ?? string.Empty,
            ["seenExtraction"] = seenExtraction ?? string.Empty,
        });

    /// <summary>The guard over several articles: the transaction aborts if any of them changed since it was read.</summary>
    public static CypherStatement Statement(IEnumerable<(string ArticleId, string? SeenSha, string? SeenExtraction)> seen) =>
        new(GuardMany, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["rows"] = seen
                .OrderBy(s => s.ArticleId, StringComparer.Ordinal)
                .Select(s => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["articleId"] = s.ArticleId,
                    ["seenSha"] = s.SeenSha ?? string.Empty,
                    ["seenExtraction"] = s.SeenExtraction ?? string.Empty,
                })
                .ToList(),
        });

    /// <summary>
    /// True for the guard's abort, and for a constraint failure caused by a concurrent writer (an entity deleted as
    /// an orphan while another article was linking to it, or the same evidence id written twice): both succeed when
    /// the write is decided again from a fresh read.
    /// </summary>
    public static bool IsConflict(Neo4jException e) =>
        IsGuardAbort(e) || e.Code is "Neo.ClientError.Schema.ConstraintValidationFailed";

    public static bool IsGuardAbort(Neo4jException e) => e.Code is "Neo.ClientError.Statement.ArithmeticError";

    public static Neo4jException GaveUp(string articleId, int attempts, Neo4jException last) => new(
        "Graph.Neo4j.ConcurrentWrite",
        $"Article {articleId} kept being changed by another writer; gave up after {attempts} attempts ({last.Code}).",
        Neo4jErrorKind.Transient,
        last);
}
