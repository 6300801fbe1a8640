using Graph.Core.Extraction;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Output;

/// <summary>
/// Where <c>graph extract</c> writes, one article at a time as it is extracted, so that memory does not grow with
/// the corpus. <see cref="Complete"/> ends the output; disposing does not complete it.
/// </summary>
internal interface IExtractionOutput : IDisposable
{
    void Write(ArticleExtraction extraction);

    void Fail(FailedFile failed);

    void Complete();
}
