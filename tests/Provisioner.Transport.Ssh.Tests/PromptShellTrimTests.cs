namespace Provisioner.Transport.Ssh.Tests;

public sealed class PromptShellTrimTests
{
    [Theory]
    [InlineData("about\nline 1\nline 2\napc>", "about", "line 1\nline 2")]
    [InlineData("apc> about\nline 1\napc>", "about", "line 1")]
    [InlineData("line 1\napc>", "about", "line 1")]
    [InlineData("about\n\nline 1\n\napc>", "about", "line 1")]
    [InlineData("about\napc>", "about", "")]
    [InlineData("banner\n\napc>", null, "banner")]
    public void Trim_RemovesEchoPromptAndBlankEdges(string shown, string? command, string expected) => Assert.Equal(expected, PromptShell.Trim(shown, command));
}
