using CsCheck;

namespace Provisioner.Transport.Ssh.Tests;

public sealed class AnsiTextTests
{
    private static readonly Gen<string> Plain = Gen.Char['\u0020', '\u007e'].Array[0, 40].Select(c => new string(c));

    private static readonly Gen<string> Sequence = Gen.OneOf(
        Gen.Int[0, 255].Array[0, 4].Select(p => "\u001b[" + string.Join(';', p) + "m"),
        Gen.Int[1, 99].Select(n => $"\u001b[{n}A"),
        Gen.Const("\u001b[2J"),
        Gen.Const("\u001b[?25l"),
        Plain.Select(t => "\u001b]0;" + t + "\u0007"),
        Plain.Select(t => "\u001b]2;" + t + "\u001b\\"),
        Gen.Const("\u001b(B"),
        Gen.Const("\u001b="),
        Gen.Const("\u001bM"),
        Gen.Const("\u009b1;31m"));

    [Theory]
    [InlineData("\u001b[1;32mSmart-UPS\u001b[0m 1500", "Smart-UPS 1500")]
    [InlineData("\u001b]0;apc-test\u0007apc>", "apc>")]
    [InlineData("a\u001b(Bb\u001b[Kc", "abc")]
    [InlineData("\u001b[7m--More--\u001b[0m\r        \r", "--More--\r        \r")]
    [InlineData("tail\u001b[", "tail")]
    [InlineData("tail\u001b", "tail")]
    [InlineData("keep\r\n\bthis\t", "keep\r\n\bthis\t")]
    public void Strip_RemovesSequences_AndKeepsControlCharactersForTheTerminal(string raw, string expected) => Assert.Equal(expected, AnsiText.Strip(raw));

    [Fact]
    public void Strip_OfTextWithoutEscapes_IsTheSameText() => Plain.Sample(text => Assert.Equal(text, AnsiText.Strip(text)));

    [Fact]
    public void Strip_RemovesEveryInterleavedSequence() =>
        Gen.Select(Plain, Sequence, Plain).Array[1, 6].Sample(parts =>
        {
            var raw = string.Concat(parts.Select(p => p.Item1 + p.Item2 + p.Item3));
            Assert.Equal(string.Concat(parts.Select(p => p.Item1 + p.Item3)), AnsiText.Strip(raw));
        });

    [Fact]
    public void Strip_IsIdempotent_AndLeavesNoEscape() =>
        Gen.OneOf(Plain, Sequence).Array[0, 10].Select(string.Concat).Sample(raw =>
        {
            var once = AnsiText.Strip(raw);
            Assert.Equal(once, AnsiText.Strip(once));
            Assert.DoesNotContain('\u001b', once);
        });
}
