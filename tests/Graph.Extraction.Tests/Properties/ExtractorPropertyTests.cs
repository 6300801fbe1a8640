using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Properties;

/// <summary>
/// The whole extractor, with the real ontology, on arbitrary text: it never throws (a pattern that backtracks without end throws its match timeout) and every offset
/// it reports points inside the text at exactly the text it reports.
/// </summary>
public sealed class ExtractorPropertyTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipeline(OntologyLoader.Load(OntologyPath())));

    // Pieces the rules react to (names, titles, triggers, quotes, numbers, punctuation), so random texts reach deep branches.
    private static readonly string[] Pieces =
    [
        "Kim Jong-un", "Vladimir Poutine", "M. Kim", "Poutine", "la Russie", "la Corée du Nord", "Pyongyang", "Moscou",
        "Koursk", "l'Ukraine", "Kiev", "le traité", "a signé", "a ratifié", "a déployé", "a déclaré", "selon", "soldats",
        "10 000", "11'000", "près de", "en juin", "le 11 novembre", "Putin", "signed", "treaty", "troops", "said", "North Korea",
        "« ", " »", "\"", "'", "’", "(", ")", ". ", "! ", "? ", "…", "\n", "\n\n", " ", "\u00A0", "-", "–", "—", ",", ";", ":",
        "É", "é", "e\u0301", "😀", "\uD800", "\uDC00", "\u200B", "\u0000", "\t", "1", "2024", "M.", "Dr.", "U.S.", "ministre", "président russe",
    ];

    private static readonly Gen<string> Mixed = Gen.OneOf(Gen.OneOf(Pieces), Gen.Char.Select(c => c.ToString()), Gen.String[0, 8])
        .Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> AnyUnicode = Gen.Char.Array[0, 400].Select(chars => new string(chars));

    [Fact]
    public void Arbitrary_unicode_never_throws_and_every_offset_points_at_the_reported_text()
    {
        Gen.OneOf(Mixed, AnyUnicode, Gen.String).Sample(AssertWellFormed, iter: 2_000, threads: 1);
    }

    [Fact]
    public void Both_languages_and_an_unknown_one_are_handled()
    {
        Gen.Select(Mixed, Gen.OneOf("fr", "en", "de", ""))
            .Sample((text, language) => AssertWellFormed(text, language), iter: 600, threads: 1);
    }

    [Fact]
    public void A_long_text_of_repeated_triggers_is_extracted_well_formed()
    {
        var text = string.Concat(Enumerable.Repeat("Kim Jong-un et Vladimir Poutine ont signé le traité « selon Kiev » à Moscou, 10 000 soldats. ", 400));

        AssertWellFormed(text);
    }

    private static void AssertWellFormed(string text) => AssertWellFormed(text, "fr");

    private static void AssertWellFormed(string text, string language)
    {
        var article = new Article("property", "property.txt", null, text, language, "2024-06-19", null, null, Sha(text));
        // No time limit here: on a loaded machine any limit is a guess (speed is `graph bench extract`'s business);
        // a pattern that backtracks without end still fails, through the regex match timeout.
        var extraction = Pipeline.Value.Extract(article);

        foreach (var entity in extraction.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                AssertSpan(text, mention.Span.Start, mention.Span.End, mention.Text, $"mention of {entity.Id}");
            }
        }

        foreach (var fact in extraction.Relations)
        {
            AssertSpan(text, fact.SentenceSpan.Start, fact.SentenceSpan.End, fact.Sentence, $"sentence of {fact.Type}");
            if (fact.Statement is { } statement)
            {
                AssertStatement(text, statement.Span.Start, statement.Span.End, statement.Text);
            }
        }
    }

    private static void AssertSpan(string text, int start, int end, string reported, string what)
    {
        Assert.True(start >= 0 && start <= end && end <= text.Length, $"{what} [{start},{end}) lies outside the text of length {text.Length}: {Describe(text)}");
        Assert.True(string.Equals(text[start..end], reported, StringComparison.Ordinal),
            $"{what} [{start},{end}) reports '{reported}' but the text there is '{text[start..end]}': {Describe(text)}");
    }

    /// <summary>
    /// A statement is its span's text, or the quoted runs in it joined by an elision mark: each run is there, in
    /// order, the first at the span's start and the last at its end.
    /// </summary>
    private static void AssertStatement(string text, int start, int end, string reported)
    {
        Assert.True(start >= 0 && start <= end && end <= text.Length, $"statement [{start},{end}) lies outside the text of length {text.Length}: {Describe(text)}");
        var runs = reported.Split(" […] ");
        var at = start;
        foreach (var run in runs)
        {
            var found = text.IndexOf(run, at, end - at, StringComparison.Ordinal);
            Assert.True(found >= 0 && (at != start || found == start),
                $"statement [{start},{end}) reports '{reported}', whose part '{run}' is not in order in '{text[start..end]}': {Describe(text)}");
            at = found + run.Length;
        }
        Assert.True(at == end, $"statement [{start},{end}) reports '{reported}', which ends before its span: {Describe(text)}");
    }

    /// <summary>Escapes the input so a failing case can be pasted into a test.</summary>
    private static string Describe(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string OntologyPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "ontology", "ontology.yaml");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("ontology/ontology.yaml not found above the test folder.");
    }
}
