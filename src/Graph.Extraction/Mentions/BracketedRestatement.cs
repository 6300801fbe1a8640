using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// "a general (shang jiang)", "the upper house (the Senate)": a known name followed by a bracket that holds only
/// another known name of the same type restates it in the text's own, more specific, term; the general term before
/// the bracket is dropped so that the specific one is read.
/// </summary>
internal static class BracketedRestatement
{
    public static void DropRestated(ImmutableArray<RawMention>.Builder mentions, ImmutableArray<Token> tokens, DomainLexicon lexicon)
    {
        for (var m = mentions.Count - 2; m >= 0; m--)
        {
            var general = mentions[m];
            var specific = mentions[m + 1];
            if (general.EntityId is null || specific.EntityId is null || general.EntityId == specific.EntityId
                || specific.TokenStart != general.TokenEnd + 1 || tokens[general.TokenEnd].Text != "("
                || specific.TokenEnd >= tokens.Length || tokens[specific.TokenEnd].Text != ")")
            {
                continue;
            }
            if (lexicon.FindEntity(general.EntityId)?.Type is { } type && lexicon.FindEntity(specific.EntityId)?.Type == type)
            {
                mentions.RemoveAt(m);
            }
        }
    }
}
