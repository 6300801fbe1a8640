using System.Text;

namespace Graph.Worker.Output;

/// <summary>
/// The bytes of a command's output. When the command writes to the process console, that is standard output itself,
/// buffered: going through <see cref="Console.Out"/> would decode UTF-8 to text and encode it again, and flush at
/// every line. Otherwise (a test's writer) the bytes are decoded into the given writer.
/// </summary>
internal static class CommandOutputStream
{
    private const int BufferBytes = 1 << 16;

    public static Stream Open(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out))
        {
            return new TextWriterStream(output);
        }

        output.Flush();
        return new BufferedStream(Console.OpenStandardOutput(), BufferBytes);
    }

    /// <summary>A write-only stream that decodes UTF-8 into a writer; a character split between writes is kept.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            var written = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, written);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
