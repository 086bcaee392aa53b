using CsCheck;

namespace Provisioner.Transport.Ssh.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("line 1\r\nline 2\r\n", "line 1\nline 2\n")]
    [InlineData("--More--\r        \rEvent 21", "Event 21")]
    [InlineData("x\b \b", "")]
    [InlineData("abd\bc", "abc")]
    [InlineData("progress 10%\rprogress 100%", "progress 100%")]
    [InlineData("trailing   \nblanks \t", "trailing\nblanks")]
    [InlineData("bell\u0007 and nul\0", "bell and nul")]
    public void Render_ShowsWhatATerminalWould(string text, string expected) => Assert.Equal(expected, TerminalText.Render(text));

    [Fact]
    public void Clean_StripsEscapesThenRenders() => Assert.Equal("apc>", TerminalText.Clean("\u001b[1mapc>\u001b[0m "));

    [Fact]
    public void Render_OfPrintableLines_KeepsThem() =>
        Gen.String[Gen.Char['!', '~'], 1, 30].Array[0, 8].Sample(lines =>
            Assert.Equal(string.Join('\n', lines), TerminalText.Render(string.Join("\r\n", lines))));

    [Fact]
    public void Render_NeverShowsControlCharactersOtherThanTabAndLineFeed() =>
        Gen.Char['\0', '\u00ff'].Array[0, 60].Select(c => new string(c)).Sample(text =>
            Assert.All(TerminalText.Render(text), c => Assert.True(c == '\n' || c == '\t' || !char.IsControl(c))));
}
