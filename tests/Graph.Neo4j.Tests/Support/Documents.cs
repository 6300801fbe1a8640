namespace Graph.Neo4j.Tests.Support;

/// <summary>Discovery and response documents as the Neo4j manuals (and a live 3.1.1) show them.</summary>
internal static class Documents
{
    public const string Root3 = """
        { "management" : "http://localhost:7474/db/manage/", "data" : "http://localhost:7474/db/data/", "bolt" : "bolt://localhost:7687" }
        """;

    public const string Data3 = """
        { "extensions" : { }, "node" : "http://localhost:7474/db/data/node",
          "transaction" : "http://localhost:7474/db/data/transaction", "neo4j_version" : "3.1.1" }
        """;

    public const string Root44 = """
        { "bolt_direct": "bolt://localhost:7687", "bolt_routing": "neo4j://localhost:7687",
          "transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "4.4.0", "neo4j_edition": "enterprise" }
        """;

    public const string Root525 = """
        { "bolt_routing" : "neo4j://localhost:7687", "transaction" : "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct" : "bolt://localhost:7687", "neo4j_version" : "5.25.0", "neo4j_edition" : "enterprise" }
        """;

    public const string Root519 = """
        { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "dbms/cluster": "http://localhost:7474/dbms/cluster", "db/cluster": "http://localhost:7474/db/{databaseName}/cluster",
          "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.19.0", "neo4j_edition": "enterprise" }
        """;

    /// <summary>5.26 with the HTTP API switched off (server.http_enabled_modules without TRANSACTIONAL_ENDPOINTS).</summary>
    public const string Root526QueryOnly = """
        { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.26.0", "neo4j_edition": "community" }
        """;

    /// <summary>5.24 with only the Query API (preview before 5.25): no explicit transactions.</summary>
    public const string Root524QueryOnly = """
        { "query": "http://localhost:7474/db/{databaseName}/query/v2", "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.24.0", "neo4j_edition": "enterprise" }
        """;

    public const string Root524 = """
        { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.24.1", "neo4j_edition": "enterprise" }
        """;

    public const string Root512 = """
        { "bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.12.0", "neo4j_edition": "community" }
        """;

    public const string Root526 = """
        { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "dbms/cluster": "http://localhost:7474/dbms/cluster", "db/cluster": "http://localhost:7474/db/{databaseName}/cluster",
          "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.26.0", "neo4j_edition": "enterprise" }
        """;

    public const string Root2025 = """
        { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "2025.10.1", "neo4j_edition": "community" }
        """;

    /// <summary>The answer to the version probe on Aura, which has no discovery document.</summary>
    public const string AuraVersion = """
        {"data":{"fields":["version"],"values":[["5.27-aura"]]},"bookmarks":["FB:aura"]}
        """;

    public const string CommitOk = """
        {"results":[{"columns":["a","b","c","d","e"],"data":[{"row":["hi",1.5,[1,2],{"k":1},null],"meta":[null,null,null,null,null]}]},
                    {"columns":["z"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}
        """;

    public const string CommitSyntaxError = """
        {"results":[{"columns":["a"],"data":[{"row":["hi"],"meta":[null]}]}],
         "errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'R': expected 'u/U'"}]}
        """;

    public const string CommitDeadlock = """
        {"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[3] can't acquire ExclusiveLock"}]}
        """;

    public const string QueryOk = """
        {"data":{"fields":["name","age"],"values":[["Alice",42],["Bob",7.5]]},"bookmarks":["FB:kcwQ"]}
        """;

    public const string QueryBegin = """
        {"data":{"fields":["n"],"values":[[1]]},"bookmarks":[],"transaction":{"id":"7","expires":"2024-10-22T15:48:29Z"}}
        """;

    public const string QueryError = """
        {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN'"}]}
        """;
}
