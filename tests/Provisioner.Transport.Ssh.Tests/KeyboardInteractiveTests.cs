using Renci.SshNet.Common;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>
/// Keyboard-interactive answers. The test sshd cannot check a successful keyboard-interactive login (the OS
/// user's password is unknown to the tests), so the answering rule is tested on SSH.NET's own prompt type.
/// </summary>
public sealed class KeyboardInteractiveTests
{
    [Fact]
    public void PasswordPrompts_GetThePassword_OtherPromptsGetNothing()
    {
        AuthenticationPrompt[] prompts = [new(0, false, "Password: "), new(1, false, "Enter PASSCODE:"), new(2, true, "Continue? (y/n)"), new(3, false, "admin's password:")];
        var e = new AuthenticationPromptEventArgs("admin", "Device login", string.Empty, prompts);

        SshLogin.Answer(e, "Canary-Kbd-Pass");

        Assert.Equal(["Canary-Kbd-Pass", "Canary-Kbd-Pass", string.Empty, "Canary-Kbd-Pass"], prompts.Select(p => p.Response));
    }
}
