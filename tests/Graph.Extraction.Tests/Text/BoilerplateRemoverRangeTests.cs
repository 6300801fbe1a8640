using System.Text;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

/// <summary>
/// The remover joins ranges of its input instead of appending lines to a builder: on random mixes of kept lines,
/// furniture, repeats, blank lines and line endings it gives what the line-by-line builder gave.
/// </summary>
public sealed class BoilerplateRemoverRangeTests
{
    private static readonly string[] Lines =
    [
        "Le ministre a signé le texte à Paris mardi.", "Partager sur Facebook", "Mis à jour le 12 juin 2024 à 10h30",
        "Les députés ont voté.", "  indenté  ", "", "   ", "\t", "Par Jean Dupont", "© AFP", "Texte\u00A0insécable.",
    ];

    private static readonly string[] Endings = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"];

    [Fact]
    public void Random_texts_clean_as_the_line_builder_did()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(0, 12);
            for (var i = 0; i < count; i++)
            {
                text.Append(Lines[random.Next(Lines.Length)]);
                if (i < count - 1 || random.Next(2) == 0)
                {
                    text.Append(Endings[random.Next(Endings.Length)]);
                }
            }

            var input = text.ToString();
            Assert.Equal(Reference(input), BoilerplateRemover.Clean(input));
        }
    }

    /// <summary>The former implementation, kept as the specification.</summary>
    private static string Reference(string text)
    {
        var output = new StringBuilder(text.Length);
        string? pendingBreak = null;
        var previousKept = string.Empty;
        var position = 0;
        while (position < text.Length)
        {
            var i = text.AsSpan(position).IndexOfAny("\r\n\u2028\u2029\u0085");
            var contentEnd = i < 0 ? text.Length : position + i;
            var lineEnd = i < 0 ? text.Length
                : text[contentEnd] == '\r' && contentEnd + 1 < text.Length && text[contentEnd + 1] == '\n' ? contentEnd + 2 : contentEnd + 1;
            var content = text.AsSpan(position, contentEnd - position);
            var ending = text[contentEnd..lineEnd];
            position = lineEnd;
            if (content.IsWhiteSpace())
            {
                if (output.Length > 0)
                {
                    pendingBreak ??= ending.Length > 0 ? ending : "\n";
                }

                continue;
            }

            var line = content.ToString();
            var trimmed = line.Trim();
            if (FurnitureLine.IsFurniture(trimmed) || string.Equals(trimmed, previousKept, StringComparison.Ordinal))
            {
                continue;
            }

            if (pendingBreak is not null)
            {
                output.Append(pendingBreak);
                pendingBreak = null;
            }

            output.Append(line).Append(ending);
            previousKept = trimmed;
        }

        return output.ToString().TrimEnd();
    }
}
