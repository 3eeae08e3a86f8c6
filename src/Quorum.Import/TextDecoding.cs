using System.Text;

namespace Quorum.Import;

/// <summary>Turns the bytes of a text file into a string: BOMs first, then strict UTF-8, then Windows-1252.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // Windows-1252 puts curly quotes, dashes and € where Latin-1 has control characters.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Old minutes are often Windows-1252, which reads every byte.
            return Windows1252.GetString(bytes);
        }
    }
}
