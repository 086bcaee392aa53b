using System.Net;
using Provisioner.Snmp.Messages;

namespace Provisioner.Snmp.Client;

/// <summary>
/// A request waiting for its answer. The dispatcher completes it only with a message from the
/// expected endpoint that the optional acceptor (USM verification and decryption for v3) accepts.
/// </summary>
internal sealed class PendingRequest
{
    /// <summary>Checks and transforms a candidate response; returns null to drop it.</summary>
    public delegate SnmpMessage? Acceptor(ReadOnlySpan<byte> packet, SnmpMessage message, int authParametersOffset);

    private readonly TaskCompletionSource<SnmpMessage> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PendingRequest(IPEndPoint expected, SnmpMessageVersion version, Acceptor? acceptor)
    {
        Expected = expected;
        Version = version;
        Accept = acceptor;
    }

    /// <summary>The agent the answer must come from.</summary>
    public IPEndPoint Expected { get; }

    /// <summary>The version the answer must have.</summary>
    public SnmpMessageVersion Version { get; }

    /// <summary>The acceptor, or null for community messages.</summary>
    public Acceptor? Accept { get; }

    /// <summary>Completes when an acceptable answer arrives.</summary>
    public Task<SnmpMessage> Task => _completion.Task;

    /// <summary>Offers a decoded datagram; returns whether it completed the request.</summary>
    public bool Offer(ReadOnlySpan<byte> packet, SnmpMessage message, int authParametersOffset, IPEndPoint source)
    {
        if (source.Port != Expected.Port || !source.Address.Equals(Expected.Address) || message.Version != Version)
        {
            return false;
        }

        var accepted = Accept is null ? message : Accept(packet, message, authParametersOffset);
        return accepted is not null && _completion.TrySetResult(accepted);
    }
}
