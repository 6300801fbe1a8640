namespace Graph.Extraction.Ontology;

/// <summary>An ontology that cannot be used: names the file, line and column, and what to fix.</summary>
public sealed class OntologyException(string file, int line, int column, string problem)
    : Exception($"{file}:{line}:{column}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
