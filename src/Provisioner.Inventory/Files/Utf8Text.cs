using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Provisioner.Inventory.Files;

/// <summary>Decodes UTF-8 strictly: invalid bytes are reported with their line and column instead of becoming U+FFFD.</summary>
public static class Utf8Text
{
    /// <summary>Decodes <paramref name="bytes"/> (a leading byte-order mark is dropped).</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="text">The text, or null.</param>
    /// <param name="line">The 1-based line of the first invalid byte.</param>
    /// <param name="column">The 1-based column (in characters) of the first invalid byte.</param>
    /// <param name="badByte">The first invalid byte.</param>
    /// <returns>True when the bytes are valid UTF-8.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string? text, out int line, out int column, out byte badByte)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            text = new string(chars, 0, written);
            line = column = 0;
            badByte = 0;
            return true;
        }

        // OperationStatus.InvalidData or NeedMoreData (a sequence cut off at the end): 'read' is where it starts.
        text = null;
        var before = bytes[..read];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        line = before.Count((byte)'\n') + 1;
        column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        badByte = bytes[read];
        return false;
    }
}
