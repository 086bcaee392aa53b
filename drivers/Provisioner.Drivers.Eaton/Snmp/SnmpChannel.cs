using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton.Snmp;

/// <summary>
/// One device's SNMP conversation: the shared <see cref="SnmpClient"/> plus the target, with every
/// transport failure turned into the contract's typed <see cref="DeviceException"/> carrying the
/// endpoint and the operation. Error statuses of a SET are left to the caller (they are answers,
/// not failures).
/// </summary>
internal sealed class SnmpChannel(SnmpClient client, SnmpTarget target, string device)
{
    /// <summary>The endpoint, for messages.</summary>
    public string Endpoint { get; } = target.Endpoint.ToString();

    /// <summary>Whether a GET of an object the device lacks still answers the other objects (v2c/v3: a noSuchObject value; v1 fails the whole GET).</summary>
    public bool AnswersMissingObjectsInline => target.Version != Provisioner.Snmp.Messages.SnmpMessageVersion.V1;

    /// <summary>GETs <paramref name="oids"/> in one request.</summary>
    public async Task<IReadOnlyList<VarBind>> GetAsync(IReadOnlyList<Oid> oids, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetAsync(target, oids, cancellationToken).ConfigureAwait(false);
        }
        catch (SnmpErrorStatusException ex)
        {
            throw new DeviceProtocolException($"{device} ({Endpoint}) answered {operation} with {ex.ErrorStatus} at {ex.Oid}.", ex) { Endpoint = Endpoint, Operation = operation };
        }
        catch (Exception ex) when (Translate(ex, operation) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>SETs <paramref name="bindings"/> in one request; an error status comes back as <see cref="SnmpErrorStatusException"/>.</summary>
    public async Task SetAsync(IReadOnlyList<VarBind> bindings, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await client.SetAsync(target, bindings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not SnmpErrorStatusException && Translate(ex, operation) is { } translated)
        {
            throw translated;
        }
    }

    private DeviceException? Translate(Exception ex, string operation) => ex switch
    {
        SnmpTimeoutException t => new DeviceTimeoutException($"{device} ({Endpoint}) did not answer {operation}: {t.Message}", t)
        {
            Endpoint = Endpoint, Operation = operation, Waited = t.Timeout, Attempts = t.Attempts,
        },
        SnmpAuthenticationException a => new DeviceAuthenticationException($"{device} ({Endpoint}) refused the SNMPv3 credentials during {operation}: {a.Message} Check the user, protocols and pass phrases in the inventory's credential set.", a)
        {
            Endpoint = Endpoint, Operation = operation,
        },
        SnmpDecodeException d => new DeviceProtocolException($"{device} ({Endpoint}) sent an answer to {operation} that could not be decoded: {d.Message}", d)
        {
            Endpoint = Endpoint, Operation = operation,
        },
        SocketException s => new DeviceUnreachableException($"{device} ({Endpoint}) cannot be reached for {operation}: {s.Message}", s)
        {
            Endpoint = Endpoint, Operation = operation,
        },
        _ => null,
    };
}
