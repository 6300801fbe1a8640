using System.Reflection;
using Graph.Core.Articles;
using Graph.Extraction.Ontology;

namespace Graph.Benchmarks;

/// <summary>
/// The internal stages of Graph.Extraction, reached by reflection: the benchmarks must not change that project
/// (not even to add InternalsVisibleTo). The cost of <see cref="MethodInfo.Invoke(object?, object?[])"/> is
/// well under a microsecond, against stages that take tens of microseconds or more per article.
/// </summary>
internal sealed class ExtractionStages
{
    private static readonly Assembly Extraction = typeof(OntologyLoader).Assembly;

    private readonly MethodInfo tokenize = Static("Graph.Extraction.Text.Tokenizer", "Tokenize", typeof(string));
    private readonly MethodInfo split = Static("Graph.Extraction.Text.SentenceSplitter", "Split", typeof(string));
    private readonly MethodInfo parse = Static("Graph.Extraction.Text.ArticleDocument", "Parse", typeof(string), typeof(string));
    private readonly object mentionFinder;
    private readonly MethodInfo find;

    public ExtractionStages(OntologyDefinition ontology)
    {
        var lexicon = Create("Graph.Extraction.Lexicon.DomainLexicon", ontology);
        mentionFinder = Create("Graph.Extraction.Mentions.MentionFinder", lexicon);
        find = mentionFinder.GetType().GetMethod("Find", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new MissingMethodException("MentionFinder.Find");
    }

    public object Split(string text) => split.Invoke(null, [text])!;

    public object Tokenize(string text) => tokenize.Invoke(null, [text])!;

    public object Parse(Article article) => parse.Invoke(null, [article.Text, article.Language])!;

    public object FindMentions(object document) => find.Invoke(mentionFinder, [document])!;

    private static MethodInfo Static(string type, string name, params Type[] parameters) =>
        (Extraction.GetType(type, throwOnError: true)!).GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, parameters)
        ?? throw new MissingMethodException(type, name);

    private static object Create(string type, params object[] arguments) =>
        Activator.CreateInstance(Extraction.GetType(type, throwOnError: true)!, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, arguments, null)!;
}
