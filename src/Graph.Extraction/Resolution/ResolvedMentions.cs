namespace Graph.Extraction.Resolution;

/// <summary>
/// Questions asked of short lists of mentions (a clause's subjects, a fact's actors) on hot paths: plain loops, where a
/// lambda capturing its argument would cost a closure at every call.
/// </summary>
internal static class ResolvedMentions
{
    /// <summary>Whether a mention of <paramref name="entityId"/> is in the list.</summary>
    public static bool HasEntity(this IReadOnlyList<ResolvedMention> mentions, string entityId)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (string.Equals(mentions[i].EntityId, entityId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether every mention of the list is in sentence <paramref name="sentence"/>.</summary>
    public static bool AllInSentence(this IReadOnlyList<ResolvedMention> mentions, int sentence)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence != sentence)
            {
                return false;
            }
        }
        return true;
    }
}
