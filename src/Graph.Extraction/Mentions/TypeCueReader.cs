using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Types an unknown capitalised name by the cues its entity type declares in the ontology: a head word that ends
/// the name ("Prussian Army", "Green League", "Communist Party of the Netherlands") or words right before it
/// ("member of the X"); words right after it (<see cref="TypeAfter"/>) are read once titles are set aside. A head written in lower case also starts a name that goes on with the ontology's
/// name connectors ("president of Bolivia"). An ontology whose types declare no cues leaves every name to the other rules.
/// </summary>
internal sealed class TypeCueReader
{
    private const int BeforeWindow = 4;
    private readonly PhraseMatcher<string> heads = new();
    private readonly PhraseMatcher<string> lowerHeads = new();
    private readonly PhraseMatcher<string> before = new();
    private readonly PhraseMatcher<string> after = new();
    private readonly PhraseMatcher<string> described = new();
    private readonly PhraseMatcher<bool> links;

    // Cues that start with a bracket or other sign ("(", "(born"): phrase matching skips punctuation, so the sign is
    // compared here and the words after it, if any, by a matcher of their own.
    private readonly Dictionary<string, (string? Type, PhraseMatcher<string> Words)> afterSign = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> connectors;

    private readonly DomainLexicon lexicon;

    public TypeCueReader(DomainLexicon lexicon)
    {
        this.lexicon = lexicon;
        connectors = lexicon.Cue(OntologyCues.NameConnectors);
        links = lexicon.Cue(OntologyCues.DescriptionLinks);
        foreach (var type in lexicon.Ontology.EntityTypes)
        {
            foreach (var head in type.Heads.All)
            {
                var lower = !head.Any(char.IsUpper);
                (lower ? lowerHeads : heads).Add(head, type.Name);
                HasLowerCaseHeads |= lower;
                IsEmpty = false;
            }
            foreach (var cue in type.Before.All)
            {
                before.Add(cue, type.Name);
                IsEmpty = false;
            }
            foreach (var cue in type.After.All)
            {
                AddAfter(cue.Trim(), type.Name);
                IsEmpty = false;
            }
            foreach (var noun in type.DescribedAs.All)
            {
                described.Add(noun, type.Name);
                IsEmpty = false;
            }
        }
    }

    public bool IsEmpty { get; } = true;

    public bool HasLowerCaseHeads { get; }

    /// <summary>The typed name starting at <paramref name="start"/>, whose first capitalised run ends at <paramref name="runEnd"/>.</summary>
    /// <param name="headsOnly">Only a head types the name, not the words before it.</param>
    public (int End, string Type)? Read(ArticleDocument document, int start, int runEnd, int sentenceStart, int sentenceEnd, bool headsOnly = false)
    {
        if (IsEmpty)
        {
            return null;
        }
        var tokens = document.Tokens;
        // The name may go on after its first run: "Party" "of the" "Netherlands". Once a run has ended in a head,
        // the runs joined to it by connectors belong to the name.
        (int End, string Type)? best = null;
        var segmentStart = start;
        var segmentEnd = runEnd;
        while (true)
        {
            if (best is null && HeadEndingAt(tokens, segmentStart, segmentEnd) is { } type)
            {
                // "Chief of the Prussian Navy": a head in a later run names that run alone, read where it starts; unless
                // a gazetteer name runs from the start into that run ("Republic of Korea Army").
                if (segmentStart != start && !PlaceRunsInto(tokens, start, segmentStart, segmentEnd))
                {
                    return null;
                }
                best = (segmentEnd, type);
            }
            else if (best is { } found)
            {
                best = (segmentEnd, found.Type);
            }
            if (NextSegment(tokens, segmentEnd, sentenceEnd) is not { } next)
            {
                break;
            }
            segmentStart = SegmentStart(tokens, segmentEnd);
            segmentEnd = next;
        }
        if (best is not null || headsOnly)
        {
            return best;
        }
        for (var k = Math.Max(sentenceStart, start - BeforeWindow); k < start; k++)
        {
            if (before.MatchAt(tokens, k, start) is { End: var end, Values: var types } && end == start)
            {
                return (WithClosingNumber(tokens, runEnd, sentenceEnd), types[0]);
            }
        }
        return null;
    }

    /// <summary>
    /// "la chaîne Zvezda 12,", "the channel Zvezda 5 and": after a common noun that introduces an outlet or a company,
    /// a short number that ends the noun phrase (punctuation, a conjunction or the sentence end follows) is part of
    /// the name; a number that counts what follows ("Zvezda 12 heures") is not.
    /// </summary>
    internal int WithClosingNumber(System.Collections.Immutable.ImmutableArray<Token> tokens, int end, int sentenceEnd)
    {
        const int LongestNumber = 2;
        if (end >= sentenceEnd || tokens[end].Kind != TokenKind.Number || tokens[end].Text.Length > LongestNumber)
        {
            return end;
        }
        var after = end + 1;
        return after >= sentenceEnd || !tokens[after].IsWord || lexicon.Grammar.Coordinators.Contains(tokens[after].Folded) ? after : end;
    }

    /// <summary>The type that the words right after a name at <paramref name="end"/> give it ("(born": a person), or null.</summary>
    public string? TypeAfter(System.Collections.Immutable.ImmutableArray<Token> tokens, int end, int sentenceEnd)
    {
        if (IsEmpty || end >= sentenceEnd)
        {
            return null;
        }
        if (tokens[end].Kind == TokenKind.Punctuation)
        {
            return afterSign.TryGetValue(tokens[end].Text, out var sign)
                ? sign.Words.MatchAt(tokens, end + 1, sentenceEnd) is { Values: var rest } ? rest[0] : sign.Type
                : null;
        }
        return after.MatchAt(tokens, end, sentenceEnd) is { Values: var types } ? types[0] : null;
    }

    /// <summary>
    /// "X (an aside) is a Swedish 105 mm howitzer designed by": the type whose class noun ends the description that a
    /// link word opens right after the name at <paramref name="end"/>, or null. The noun must end the noun phrase (a
    /// function word, a trigger, a sign or the sentence's end after it), so "a tank commander" types nothing.
    /// </summary>
    public string? TypeDescribed(System.Collections.Immutable.ImmutableArray<Token> tokens, PhraseStart[] starts, int end, int sentenceEnd)
    {
        if (IsEmpty || end >= sentenceEnd)
        {
            return null;
        }
        var k = SkipAside(tokens, end, sentenceEnd);
        if (k < sentenceEnd && tokens[k].Text == ",")
        {
            k++;
        }
        if (links.MatchAt(tokens, k, sentenceEnd) is not { End: var described0 })
        {
            return null;
        }
        for (var j = described0; j < Math.Min(sentenceEnd, described0 + DescriptionWindow); j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Punctuation && token.Text is not ("," or "." or "-"))
            {
                return null;
            }
            if (j > described0 && (starts[j] & PhraseStart.FunctionWord) != 0)
            {
                return null;
            }
            if (described.MatchAt(tokens, j, sentenceEnd) is { End: var nounEnd, Values: var types } && EndsNounPhrase(tokens, starts, nounEnd, sentenceEnd))
            {
                return types[0];
            }
        }
        return null;
    }

    // Words a description may take before its class noun: "a 5.8 mm Chinese light machine gun".
    private const int DescriptionWindow = 10;

    private static bool EndsNounPhrase(System.Collections.Immutable.ImmutableArray<Token> tokens, PhraseStart[] starts, int end, int sentenceEnd) =>
        end >= sentenceEnd || !tokens[end].IsWord || (starts[end] & (PhraseStart.FunctionWord | PhraseStart.TriggerStart)) != 0;

    /// <summary>"Sudarshan (Hindi: ...) is": a bracketed aside right after a name is stepped over.</summary>
    private static int SkipAside(System.Collections.Immutable.ImmutableArray<Token> tokens, int k, int sentenceEnd)
    {
        if (tokens[k].Text != "(")
        {
            return k;
        }
        var depth = 0;
        for (var j = k; j < sentenceEnd; j++)
        {
            depth += tokens[j].Text switch { "(" => 1, ")" => -1, _ => 0 };
            if (depth == 0)
            {
                return j + 1;
            }
        }
        return k;
    }

    private void AddAfter(string cue, string type)
    {
        if (cue.Length == 0 || char.IsLetterOrDigit(cue[0]))
        {
            after.Add(cue, type);
            return;
        }
        var sign = cue[..1];
        var entry = afterSign.GetValueOrDefault(sign, (null, new PhraseMatcher<string>()));
        if (cue[1..].Trim() is { Length: > 0 } rest)
        {
            entry.Words.Add(rest, type);
        }
        else
        {
            entry.Type = type;
        }
        afterSign[sign] = entry;
    }

    /// <summary>"president of Bolivia": a lower-case head, then connectors and a capitalised run; null otherwise.</summary>
    public (int End, string Type)? ReadLowerCaseHead(ArticleDocument document, int start, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (IsEmpty || tokens[start].IsCapitalized || lowerHeads.MatchAt(tokens, start, sentenceEnd) is not { End: var headEnd, Values: var types })
        {
            return null;
        }
        if (NextSegment(tokens, headEnd, sentenceEnd) is not { } end)
        {
            return null;
        }
        while (NextSegment(tokens, end, sentenceEnd) is { } further)
        {
            end = further;
        }
        // "president of the Republican Left": the office of a body that a head names is no office name; the body is read.
        for (var k = headEnd; k < end; k++)
        {
            var runEnd = k;
            while (runEnd < end && tokens[runEnd].IsCapitalized)
            {
                runEnd++;
            }
            if (runEnd > k && HeadEndingAt(tokens, k, runEnd) is not null)
            {
                return null;
            }
            k = Math.Max(k, runEnd);
        }
        return (end, types[0]);
    }

    private string? HeadEndingAt(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsCapitalized && heads.MatchAt(tokens, k, end) is { End: var headEnd, Values: var types } && (headEnd == end || IsPlace(tokens, headEnd, end)))
            {
                return types[0];
            }
        }
        return null;
    }

    private bool PlaceRunsInto(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int segmentStart, int segmentEnd) =>
        lexicon.Names.MatchAt(tokens, start, segmentEnd) is { End: var end, Values: var entries } && end > segmentStart && end < segmentEnd
        && entries.All(entry => entry.Entity.FromGazetteer);

    /// <summary>"Pirate Party Germany", "Greens New South Wales": a gazetteer place after the head still ends the name.</summary>
    private bool IsPlace(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end)
    {
        if (lexicon.Names.MatchAt(tokens, start, end) is not { End: var nameEnd, Values: var entries } || nameEnd != end)
        {
            return false;
        }
        foreach (var entry in entries)
        {
            if (!entry.Entity.FromGazetteer)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first capitalised token after the connectors at <paramref name="from"/>.</summary>
    private static int SegmentStart(System.Collections.Immutable.ImmutableArray<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Length && !tokens[k].IsCapitalized)
        {
            k++;
        }
        return k;
    }

    /// <summary>After a name connector ("of", "of the", "de la"): the end of the next capitalised run, or null.</summary>
    private int? NextSegment(System.Collections.Immutable.ImmutableArray<Token> tokens, int from, int sentenceEnd)
    {
        if (from >= sentenceEnd || tokens[from].IsCapitalized || connectors.MatchAt(tokens, from, sentenceEnd) is not { End: var k })
        {
            return null;
        }
        if (k >= sentenceEnd || !tokens[k].IsCapitalized)
        {
            return null;
        }
        while (k < sentenceEnd && (tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Joiner && k + 1 < sentenceEnd && tokens[k + 1].IsWord))
        {
            k += tokens[k].Kind == TokenKind.Joiner ? 2 : 1;
        }
        return k;
    }
}
