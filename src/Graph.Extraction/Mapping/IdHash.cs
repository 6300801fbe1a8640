using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Extraction.Mapping;

/// <summary>
/// Deterministic node ids: "kind-" and the first 10 bytes (20 hex digits) of the SHA-256 of the UTF-8 parts joined
/// by U+001F, the last part being a text offset in invariant digits.
/// </summary>
/// <remarks>
/// Encodes straight into a stack buffer: mapping hashes two ids per fact, and the joined string and its byte array
/// were pure garbage. Each thread keeps one incremental hash: the one-shot SHA256.HashData sets up and tears down a
/// native digest context per call, which cost more than hashing a few dozen bytes.
/// </remarks>
internal static class IdHash
{
    private const char Separator = '\u001f';
    private const int HexDigits = 20;
    private const int StackLimit = 512;

    [ThreadStatic]
    private static IncrementalHash? sha256;

    public static string Of(string kind, string a, string b, int offset) => Of(kind, [a, b], offset);

    public static string Of(string kind, string a, string b, string c, string d, int offset) => Of(kind, [a, b, c, d], offset);

    private static string Of(string kind, ReadOnlySpan<string> parts, int offset)
    {
        var max = Encoding.UTF8.GetMaxByteCount(kind.Length) + 1 + 11; // kind, separator, an int's digits
        foreach (var part in parts)
        {
            max += Encoding.UTF8.GetMaxByteCount(part.Length) + 1;
        }
        byte[]? rented = null;
        var buffer = max <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        var length = Encoding.UTF8.GetBytes(kind, buffer);
        foreach (var part in parts)
        {
            buffer[length++] = (byte)Separator;
            length += Encoding.UTF8.GetBytes(part, buffer[length..]);
        }
        buffer[length++] = (byte)Separator;
        offset.TryFormat(buffer[length..], out var digits, default, CultureInfo.InvariantCulture);
        length += digits;

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var hash = sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(buffer[..length]);
        hash.GetHashAndReset(digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        Span<char> id = stackalloc char[kind.Length + 1 + HexDigits];
        kind.AsSpan().CopyTo(id);
        id[kind.Length] = '-';
        Convert.TryToHexStringLower(digest[..(HexDigits / 2)], id[(kind.Length + 1)..], out _);
        return new string(id);
    }
}
