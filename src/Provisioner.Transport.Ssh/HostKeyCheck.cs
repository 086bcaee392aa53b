using Provisioner.Abstractions;
using Renci.SshNet.Common;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Decides in SSH.NET's <c>HostKeyReceived</c> whether the presented host key is one the peer trust lists,
/// and remembers what was presented so a refusal can name it. A refused key ends the key exchange, so no
/// authentication request (and no password) is ever sent to an untrusted server.
/// </summary>
/// <param name="trust">The accepted host-key fingerprints; empty accepts nothing.</param>
internal sealed class HostKeyCheck(PeerTrust? trust)
{
    /// <summary>The key the server presented; null until the key exchange reached it.</summary>
    public PresentedHostKey? Presented { get; private set; }

    /// <summary>Whether the presented key was refused.</summary>
    public bool Refused { get; private set; }

    /// <summary>The <c>HostKeyReceived</c> handler.</summary>
    /// <param name="sender">The client.</param>
    /// <param name="e">The presented key.</param>
    public void OnHostKeyReceived(object? sender, HostKeyEventArgs e)
    {
        try
        {
            Presented = PresentedHostKey.FromBlob(e.HostKey);
        }
        catch (FormatException)
        {
            Presented = null;
            Refused = true;
            e.CanTrust = false;
            return;
        }

        Refused = trust is null || !trust.AcceptsHostKey(Presented.Fingerprint);
        e.CanTrust = !Refused;
    }

    /// <summary>The refusal as the contract's exception.</summary>
    /// <param name="endpoint">The device endpoint, <c>address:port</c>.</param>
    /// <param name="expected">The fingerprints the trust lists.</param>
    /// <param name="inner">SSH.NET's exception, kept for the debug log.</param>
    /// <returns>The exception to throw.</returns>
    public DeviceUntrustedException ToException(string endpoint, IReadOnlyList<string> expected, Exception? inner)
    {
        var presented = Presented?.Fingerprint;
        var message = (presented, expected.Count) switch
        {
            (null, _) => $"SSH at {endpoint}: the server presented a host key that cannot be read; nothing was sent.",
            (_, 0) => $"SSH at {endpoint}: unknown host key {Presented!.KeyType} {presented}; nothing was sent. Check the fingerprint on the device's console, then run `provisioner trust` to record it.",
            _ => $"SSH at {endpoint}: the host key changed: expected {string.Join(" or ", expected)}, the server presented {Presented!.KeyType} {presented}; nothing was sent. If the device was replaced or re-keyed, check the new fingerprint on its console and run `provisioner trust` again; otherwise something may be intercepting the connection.",
        };
        var expectedText = expected.Count == 0 ? null : string.Join(", ", expected);
        return inner is null
            ? new DeviceUntrustedException(message) { Endpoint = endpoint, Operation = "SSH key exchange", Expected = expectedText, Presented = presented }
            : new DeviceUntrustedException(message, inner) { Endpoint = endpoint, Operation = "SSH key exchange", Expected = expectedText, Presented = presented };
    }
}
