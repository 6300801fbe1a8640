using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>
/// Decides whether one trimmed line of a web page is page furniture (bylines, credits, share buttons, comment
/// widgets, timestamps) rather than article text. The patterns describe kinds of lines, not strings from one site.
/// </summary>
/// <remarks>
/// Invariant: a line of <see cref="MinSentenceWords"/> words or more is only removed by the strong patterns
/// (timestamps made only of dates and times, calls to subscribe, comment-system notices, "Lire aussi" links),
/// so a real sentence is never dropped.
/// </remarks>
internal static partial class FurnitureLine
{
    internal const int MinSentenceWords = 8;

    // Whole-line labels of navigation, sharing, comment and advertising widgets, compared after lowercasing and
    // dropping trailing ":" or ".".
    private static readonly FrozenSet<string> Labels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "logo", "menu", "accueil", "home", "rechercher", "search", "fermer", "close",
        "facebook", "twitter", "x", "linkedin", "pinterest", "whatsapp", "telegram", "messenger", "reddit",
        "instagram", "youtube", "tiktok", "bluesky", "threads", "flipboard", "e-mail", "email", "mail", "courriel",
        "imprimer", "print", "partager", "partagez", "share", "tweet", "copier le lien", "copy link", "lien copié",
        "partager cet article", "partager l'article", "share this article", "share this", "share this story",
        "s'inscrire", "s'abonner", "abonnez-vous", "je m'abonne", "subscribe", "sign up", "log in", "login",
        "se connecter", "connexion", "newsletter", "leave a comment", "leave a reply", "laisser un commentaire",
        "laissez un commentaire", "ajouter un commentaire", "me notifier des", "notify of", "guest", "invité",
        "inline feedbacks", "voir tous les commentaires", "view all comments", "commentaires", "comments",
        "réagir", "la suite après cette publicité", "la suite après la publicité", "publicité", "advertisement",
        "sponsored", "contenu sponsorisé", "lire la suite", "read more", "continue reading", "lire plus tard",
        "écouter", "écouter l'article", "listen", "listen to this article", "tous droits réservés",
        "all rights reserved", "top", "haut de page", "back to top",
    ]);

    // Words of a line that only lists sharing targets: "Partager sur Facebook", "Share on X | LinkedIn".
    private static readonly FrozenSet<string> ShareWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "partager", "partagez", "share", "sur", "on", "via", "par", "this", "cet", "article", "le", "lien",
        "copier", "imprimer", "print", "envoyer", "send", "tweet", "tweeter", "facebook", "twitter", "x", "linkedin",
        "pinterest", "whatsapp", "telegram", "messenger", "reddit", "e-mail", "email", "mail", "bluesky",
        "flipboard", "instagram", "threads",
    ]);

    private static readonly FrozenSet<string> OutletWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "press", "presse", "associated", "reuters", "afp", "ap", "ats", "agence", "agency", "news", "times", "post",
        "journal", "tribune", "herald", "radio", "tv", "correspondent", "correspondant", "correspondante", "staff",
        "writer", "reporter", "rédaction", "bureau", "envoyé", "envoyée", "dpa", "yonhap", "xinhua", "tass", "kcna",
    ]);

    internal static bool IsFurniture(string line) => IsFurniture(line.AsSpan());

    /// <remarks>
    /// Every line of every article comes here: a line long enough to be a sentence is judged on the span, and
    /// only a short line is made a string for the checks that split it.
    /// </remarks>
    internal static bool IsFurniture(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (MayBeStrongFurniture(trimmed) && StrongFurniture().IsMatch(trimmed) || IsTimestamp(trimmed) || EndsWithPlatformLabel(trimmed))
        {
            return true;
        }

        if (HasAtLeastWords(trimmed, MinSentenceWords))
        {
            return false;
        }

        var s = trimmed.ToString();
        return Labels.Contains(LabelKey(s))
            || NumbersOnly().IsMatch(s)
            || ReadingTime().IsMatch(s)
            || CommentCount().IsMatch(s)
            || Hashtags().IsMatch(s)
            || IsShareLine(s)
            || PhotoCredit().IsMatch(s)
            || s.Contains('©') || CopyrightNotice().IsMatch(s)
            || SlashCredit().IsMatch(s)
            || AgencyOnly().IsMatch(s)
            || IsOutletList(s)
            || IsByline(s)
            || IsPostalAddress(s);
    }

    /// <summary>"304 Elm St.", "12 rue de la Paix", "Springfield, IL 62701", "75008 Paris": a site's postal address.</summary>
    private static bool IsPostalAddress(string s) =>
        ContainsDigit(s) && (StreetAddress().IsMatch(s) || CityAndPostcode().IsMatch(s));

    /// <summary>
    /// "Jane Roe, Under Secretary (Acting) | Twitter Website": a caption whose last segment after a bar only names a
    /// platform is a profile card, not prose.
    /// </summary>
    private static bool EndsWithPlatformLabel(ReadOnlySpan<char> line)
    {
        var bar = line.LastIndexOf('|');
        if (bar < 0)
        {
            return false;
        }
        var words = line[(bar + 1)..].ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && words.Any(ShareWords.Contains) && words.All(w => ShareWords.Contains(w) || PlatformWords.Contains(w));
    }

    private static readonly FrozenSet<string> PlatformWords = FrozenSet.Create(StringComparer.Ordinal, ["website", "site", "web", "page", "profile", "profil", "account", "compte"]);

    [GeneratedRegex(
        @"^\d{1,6}(?:\s*(?:bis|ter))?,?\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct)\b\.?|(?:rue|avenue|av\.|boulevard|bd|place|quai|chemin|allée|impasse|route)\s.*)(?:,.*)?$",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’. -]*,\s*\p{Lu}{2}\s+\d{5}(?:-\d{4})?|\d{5}\s+\p{Lu}[\p{L}'’ -]*(?:\s+cedex(?:\s+\d+)?)?)$",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CityAndPostcode();

    /// <summary>A line made only of dates, times and words like "mis à jour", "updated", "publié le".</summary>
    internal static bool IsTimestamp(string s) => IsTimestamp(s.AsSpan(), s);

    /// <inheritdoc cref="IsTimestamp(string)"/>
    internal static bool IsTimestamp(ReadOnlySpan<char> s) => IsTimestamp(s, null);

    /// <param name="text"><paramref name="span"/> as a string when the caller has one; made only when the regexes must run.</param>
    private static bool IsTimestamp(ReadOnlySpan<char> span, string? text)
    {
        // Every date and time pattern needs a digit (\d, which is char.IsDigit): most lines have none, and the
        // regex replacements below are the costliest step of loading.
        if (!ContainsDigit(span) || HasForeignAsciiWord(span))
        {
            return false;
        }

        var s = text ?? span.ToString();
        var withoutDates = DatePatterns.Date().Replace(s, " ");
        var hadDate = !string.Equals(withoutDates, s, StringComparison.Ordinal);
        var residue = TimeOfDay().Replace(withoutDates, " ");
        var hadTime = !string.Equals(residue, withoutDates, StringComparison.Ordinal);
        return (hadDate || hadTime) && TimestampResidue().IsMatch(residue);
    }

    // Every ASCII word a timestamp line may hold: its residue words, and what the date and time patterns remove
    // (month names, ordinal suffixes, "h", "am", "pm"). Compared ignoring ASCII case, as the patterns do.
    private static readonly FrozenSet<string> TimestampAsciiWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. $"{TimestampWords}|{DatePatterns.Months}|er|st|nd|rd|th|h|am|pm".Split('|', ' ').Where(word => word.All(char.IsAsciiLetter))]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimestampAsciiWordsBySpan =
        TimestampAsciiWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the line holds a run of ASCII letters that no timestamp can: such a line is not a timestamp, and
    /// saying so here spares the regexes for the common case of a sentence with a number in it.
    /// </summary>
    /// <remarks>
    /// Sound because every letter the date and time patterns remove belongs to a whole run of letters (a month
    /// name between a boundary and a dot or space, a suffix or "h" right after digits), and the residue pattern
    /// only accepts whole words between separators. Runs with other letters are left to the regexes.
    /// </remarks>
    private static bool HasForeignAsciiWord(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < s.Length && char.IsLetter(s[i]))
            {
                ascii &= char.IsAsciiLetter(s[i]);
                i++;
            }

            if (ascii && !TimestampAsciiWordsBySpan.Contains(s[start..i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line holds a <see cref="char.IsDigit(char)"/> digit.</summary>
    /// <remarks>Vectorized over ASCII: only the part from the first non-ASCII character needs the Unicode test.</remarks>
    private static bool ContainsDigit(ReadOnlySpan<char> s)
    {
        if (s.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        var firstNonAscii = s.IndexOfAnyExceptInRange('\0', '\u007f');
        if (firstNonAscii < 0)
        {
            return false;
        }

        foreach (var c in s[firstNonAscii..])
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShareLine(string s)
    {
        var tokens = s.ToLowerInvariant().Split([' ', '\t', '|', '·', '•', ',', '/', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(t => ShareWords.Contains(t.TrimEnd(':', '.')));
    }

    /// <summary>A line naming only news outlets: "Reuters", "Reuters et DPA", "Associated Press".</summary>
    private static bool IsOutletList(string s)
    {
        var words = s.Split([' ', '\t', ',', '/', '&', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5
            && words.Any(w => OutletWords.Contains(w.Trim('(', ')', '-', '–', ':')))
            && words.All(w => OutletWords.Contains(w.Trim('(', ')', '-', '–', ':')) || w is "et" or "and" or "The" or "the" or "-" or "–" || AgencyOnly().IsMatch(w));
    }

    /// <summary>"Kim Tong-hyung, The Associated Press"; "Par Jean Dupont"; "By Jane Doe and John Roe".</summary>
    private static bool IsByline(string s)
    {
        if (s.EndsWith('.') || s.EndsWith(':'))
        {
            return false;
        }

        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var name = s[..comma];
            var outlet = s[(comma + 1)..].Trim();
            return CapitalisedWords().IsMatch(name) && CountWords(name) <= 4 && outlet.Length > 0
                && (AgencyOnly().IsMatch(outlet)
                    || outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => OutletWords.Contains(w.Trim('(', ')', '.'))));
        }

        return ByAuthor().IsMatch(s);
    }

    private static string LabelKey(string s) =>
        s.ToLowerInvariant().Replace('’', '\'').TrimEnd(':', '.', '!', ' ', '\u00A0', '>', '»', '›');

    private static int CountWords(ReadOnlySpan<char> s) => CountWords(s, int.MaxValue);

    /// <summary>Whether the line has <paramref name="words"/> words or more; stops counting there, as most lines are long.</summary>
    private static bool HasAtLeastWords(ReadOnlySpan<char> s, int words) => CountWords(s, words) >= words;

    /// <summary>The number of words of the line, counted up to <paramref name="limit"/>.</summary>
    private static int CountWords(ReadOnlySpan<char> s, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++count == limit)
            {
                return count;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>
    /// False when the line cannot match <see cref="StrongFurniture"/>: every alternative of that anchored pattern
    /// begins with one of these letters (any case) or "(" or "à". Most lines are spared the regex call, whose set-up
    /// (runner, timeout) costs more than the match. Lines starting with any other non-ASCII character still go to
    /// the regex, which may fold its case differently.
    /// </summary>
    private static bool MayBeStrongFurniture(ReadOnlySpan<char> line) =>
        !char.IsAscii(line[0]) || "tlraisfvTLRAISFV(".Contains(line[0]);

    // Calls to subscribe, comment-system notices, "read also" links and wire-service credits: furniture whatever
    // their length, because news text does not address the reader about the site itself.
    [GeneratedRegex(
        @"^(?:this site uses akismet|learn how your comment data is processed"
        + @"|(?:restez informé|restez à jour|abonnez-vous|inscrivez-vous|suivez-nous|rejoignez-nous|subscribe to|sign up for|follow us)\b.*\b(?:notre|nos|our)\b"
        + @"|(?:à )?lire aussi\b|read also\b|read more\s*:|see also\s*:|voir aussi\s*:|sur le même sujet\b"
        + @"|\((?:reporting|writing|editing|additional reporting)\b[^)]*\)$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StrongFurniture();

    [GeneratedRegex(@"\b(?:[01]?\d|2[0-3])\s*(?::|h)\s*[0-5]\d(?:\s*:\s*[0-5]\d)?(?:\s*(?:am|pm))?\b|\b(?:[01]?\d|2[0-3])\s*h\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TimeOfDay();

    // Words a timestamp line may hold besides its dates and times: "Mis à jour le 12 juin 2024 à 10h30".
    private const string TimestampWords =
        "à|a|at|le|on|the|et|and|mis|à jour|jour|updated|update|mise à jour|publié|publiée|published|posted|modifié|modifiée|modified|last|dernière|heure|gmt|utc|cet|cest|hne|edt|est|kst|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|il y a|ago";

    [GeneratedRegex(
        @"^[\s\p{P}\p{S}\d]*(?:(?:" + TimestampWords + @")\b[\s\p{P}\p{S}\d]*)*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TimestampResidue();

    [GeneratedRegex(@"^[\d\s.,:/\-–+]*\d[\d\s.,:/\-–+]*$", RegexOptions.None, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NumbersOnly();

    [GeneratedRegex(
        @"^(?:(?:temps|durée) de lecture|lecture|reading time|read time)\s*:?\s*\d+\s*(?:min|mn|minutes?)\.?$|^\d+\s*(?:min|mn|minutes?)\s*(?:read|de lecture)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^\d+\s+(?:commentaires?|comments?|réactions?|replies|reply|réponses?|partages?|shares?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^(?:#[\p{L}\p{N}_][\p{L}\p{N}_-]*[\s,]*)+$", RegexOptions.None, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Hashtags();

    [GeneratedRegex(
        @"^(?:photos?|crédits?(?: photos?)?|credits?|photo credits?|image|images|illustration|fot|foto|source photo)\s*[.:：\-–]\s*\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:\(c\)|copyright)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CopyrightNotice();

    // "KEYSTONE/AP/Ahn Young-joon", "Xinhua/VNA/CVN", "AFP/Getty Images".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{N}.&'-]*(?:\s*/\s*\p{Lu}[\p{L}\p{N}.&'-]*)+(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'-]*|de|du|et|and|via))*$",
        RegexOptions.None, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SlashCredit();

    // "ATS", "AFP", "ATS et AFP", "CNN-", "(AP)", "AFP/Reuters".
    [GeneratedRegex(@"^\(?\p{Lu}[\p{Lu}\p{N}.&]{1,9}(?:\s*(?:et|and|&|/|,|avec|with|\+)\s*\p{Lu}[\p{Lu}\p{N}.&]{1,9})*\)?\s*[-–—:|]?$",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgencyOnly();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|le|la|al|el|bin))*$", RegexOptions.None, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(
        @"^(?:[Pp]ar|[Bb]y|[Dd]e notre (?:correspondant|correspondante|envoyé spécial|envoyée spéciale))\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|et|and|de|da|van|von|le|la|,))*(?:\s*[,(–-]\s*\p{Lu}[\p{L}\s.&()-]*)?$",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ByAuthor();
}
