using System.Text;

namespace Graph.Extraction.Loading;

/// <summary>
/// Turns raw file bytes into text, refusing binary content and invalid UTF-8 instead of silently inserting U+FFFD:
/// a replacement character in an entity name would go unnoticed into the graph.
/// </summary>
internal static class StrictTextDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
        // A UTF-16 file is full of NUL bytes but is text: only its byte order mark tells it apart from binary.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(Utf16Le, bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(Utf16Be, bytes[2..], "UTF-16");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleReadException($"contains binary data (a NUL byte at offset {nul}); expected a UTF-8 text file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return DecodeWith(Utf8, bytes, "UTF-8");
    }

    /// <summary>
    /// The text bytes without their byte order mark when they are UTF-8 that <see cref="Decode"/> would accept,
    /// so that a format parser can read them without a string in between; false sends the caller to <see cref="Decode"/>.
    /// </summary>
    internal static bool TryGetValidUtf8(ReadOnlySpan<byte> bytes, out ReadOnlySpan<byte> text)
    {
        text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        return !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            && !bytes.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(text);
    }

    /// <summary>Whether valid UTF-8 text is only white space, as <see cref="string.IsNullOrWhiteSpace"/> would say of it decoded.</summary>
    internal static bool IsWhiteSpace(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(Utf8.GetString(utf8)); // non-ASCII white space (U+00A0, U+3000...) is rare
            }

            if (b is not ((>= 0x09 and <= 0x0D) or 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static string DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? $" near byte offset {ex.Index}" : string.Empty;
            throw new ArticleReadException($"is not valid {name}{offset}; re-save it as UTF-8");
        }
    }
}
