using System.Collections.Immutable;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Ports;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Relations;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// The whole extraction flow for one article, stage after stage:
/// text → sentences and tokens → mentions → resolved entities → facts → the article's extraction.
/// Thread-safe: the compiled ontology is read-only and every article gets its own state.
/// </summary>
public sealed class ExtractionPipeline : IArticleExtractor
{
    public const string Version = "graph.rules.v1";

    private readonly DomainLexicon lexicon;
    private readonly MentionFinder mentions;
    private readonly EntityResolver resolver;
    private readonly RelationExtractor relations;
    private readonly EntityAssembler assembler;
    private readonly NestedEntities nested;

    public ExtractionPipeline(OntologyDefinition ontology)
    {
        lexicon = new DomainLexicon(ontology);
        mentions = new MentionFinder(lexicon);
        resolver = new EntityResolver(lexicon);
        relations = new RelationExtractor(lexicon);
        assembler = new EntityAssembler(ontology);
        nested = new NestedEntities(ontology);
        extractorVersion = $"{Version}+ontology.{ontology.ContentHash}";
    }

    private readonly string extractorVersion;

    public ArticleExtraction Extract(Article article) => Extract(article, CancellationToken.None);

    /// <summary>Checked sentence by sentence in the stages that walk the text, and between stages.</summary>
    public ArticleExtraction Extract(Article article, CancellationToken cancellationToken)
    {
        var document = ArticleDocument.Parse(article.Text, article.Language);
        cancellationToken.ThrowIfCancellationRequested();
        var raw = mentions.Find(document, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var resolution = resolver.Resolve(document, raw);
        cancellationToken.ThrowIfCancellationRequested();
        var found = relations.Extract(document, resolution, article.Published, cancellationToken);
        var (entities, facts, dropped) = assembler.Assemble(resolution, found.Facts);
        entities = nested.Add(entities, raw, document);
        return new ArticleExtraction(article, entities, facts, [.. found.Rejected, .. dropped], extractorVersion);
    }
}
