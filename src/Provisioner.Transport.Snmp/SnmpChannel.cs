using System.Globalization;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// One device's SNMP conversation: Get, Set and Walk over an <see cref="SnmpClient"/>, with the
/// library's exceptions turned into the contract's typed <see cref="DeviceException"/>s (carrying
/// endpoint and operation; a timeout on a closed UDP port is told apart as unreachable). A Set refused
/// by the agent is not an exception: it is an <see cref="SnmpSetOutcome"/>. An answer that does not fit
/// the request (bindings missing, extra or naming other objects; a value of the wrong type, through
/// <see cref="Expect{T}"/>) is a <see cref="DeviceProtocolException"/> naming what was expected and what
/// came back. The one channel of every SNMP driver and of the CLI's discovery.
/// </summary>
public sealed class SnmpChannel : IAsyncDisposable
{
    private readonly SnmpClient client;
    private readonly bool ownsClient;
    private int requests;

    /// <summary>Creates a channel to <paramref name="target"/>.</summary>
    /// <param name="target">The agent and credentials.</param>
    /// <param name="deviceName">The inventory name, for messages.</param>
    /// <param name="client">A shared client (not disposed by the channel), or null for a client of its own.</param>
    public SnmpChannel(SnmpTarget target, string deviceName, SnmpClient? client = null)
    {
        Target = target ?? throw new ArgumentNullException(nameof(target));
        DeviceName = deviceName ?? throw new ArgumentNullException(nameof(deviceName));
        ownsClient = client is null;
        this.client = client ?? new SnmpClient();
    }

    /// <summary>The agent and credentials.</summary>
    public SnmpTarget Target { get; }

    /// <summary>The inventory name of the device.</summary>
    public string DeviceName { get; }

    /// <summary>The agent endpoint as text, e.g. <c>127.0.0.1:16100</c>.</summary>
    public string Endpoint => Target.Endpoint.ToString();

    /// <summary>
    /// Whether a timeout is followed by a short probe telling a closed UDP port (ICMP port unreachable,
    /// reported as <see cref="DeviceUnreachableException"/>) from a silent agent. True by default; a network
    /// scan turns it off, as it treats both alike and would pay for the probe at every silent address.
    /// </summary>
    public bool ProbesClosedPortOnTimeout { get; init; } = true;

    /// <summary>How many requests the channel has sent (a GET, a SET, a whole walk each count once; resends of a lost datagram are not counted): the round trips a driver spends.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Whether a GET of an object the agent lacks still answers the other objects (v2c/v3: a noSuchObject value; v1 fails the whole GET).</summary>
    public bool AnswersMissingObjectsInline => Target.Version != SnmpMessageVersion.V1;

    /// <summary>Reads <paramref name="oids"/> in one GetRequest.</summary>
    /// <param name="oids">The instance OIDs.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The values in request order; missing objects are <see cref="NoSuchObject"/> or <see cref="NoSuchInstance"/>.</returns>
    /// <exception cref="DeviceTimeoutException">No answer.</exception>
    /// <exception cref="DeviceUnreachableException">Nothing listens at the endpoint.</exception>
    /// <exception cref="DeviceAuthenticationException">SNMPv3 security failed.</exception>
    /// <exception cref="DeviceProtocolException">The agent answered with an error status, an undecodable message, or bindings that do not fit the request.</exception>
    public async Task<IReadOnlyList<SnmpValue>> GetAsync(IReadOnlyList<Oid> oids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oids);
        var operation = "GET " + string.Join(", ", oids);
        Interlocked.Increment(ref requests);
        try
        {
            var bindings = await client.GetAsync(Target, oids, cancellationToken);
            SnmpAnswerCheck.SameNames(this, oids, bindings, operation);
            return [.. bindings.Select(b => b.Value)];
        }
        catch (SnmpErrorStatusException ex) when (ex.ErrorStatus == SnmpErrorStatus.NoSuchName)
        {
            // SNMPv1 answers a missing object with noSuchName for the whole request: read one at a time.
            return oids.Count == 1 ? [NoSuchObject.Instance] : await GetOneByOneAsync(oids, cancellationToken);
        }
        catch (Exception ex) when (ex is SnmpException or SocketException)
        {
            throw await MapAsync(ex, operation, cancellationToken);
        }
    }

    /// <summary>Reads one instance.</summary>
    /// <param name="oid">The instance OID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The value, or an exception value.</returns>
    /// <exception cref="DeviceException">As <see cref="GetAsync(IReadOnlyList{Oid}, CancellationToken)"/>.</exception>
    public async Task<SnmpValue> GetAsync(Oid oid, CancellationToken cancellationToken) => (await GetAsync([oid], cancellationToken))[0];

    /// <summary>Writes <paramref name="bindings"/> in one SetRequest (the agent stores all or none).</summary>
    /// <param name="bindings">The bindings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or the agent's error status and the OID it names.</returns>
    /// <exception cref="DeviceTimeoutException">No answer; the write may or may not have happened.</exception>
    /// <exception cref="DeviceUnreachableException">Nothing listens at the endpoint.</exception>
    /// <exception cref="DeviceAuthenticationException">SNMPv3 security failed.</exception>
    /// <exception cref="DeviceProtocolException">The answer could not be decoded, or its bindings do not fit the request.</exception>
    public Task<SnmpSetOutcome> SetAsync(IReadOnlyList<VarBind> bindings, CancellationToken cancellationToken) =>
        SetAsync(bindings, "SET " + string.Join(", ", (bindings ?? throw new ArgumentNullException(nameof(bindings))).Select(b => b.Oid)), cancellationToken);

    /// <summary>Reads <paramref name="oids"/> in one GetRequest and returns the bindings as the agent answered them.</summary>
    /// <param name="oids">The instance OIDs.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The bindings in request order; missing objects carry <see cref="NoSuchObject"/> or <see cref="NoSuchInstance"/> (v2c/v3).</returns>
    /// <exception cref="DeviceProtocolException">The agent answered with an error status (SNMPv1: an object is missing) or an undecodable message.</exception>
    /// <exception cref="DeviceException">As <see cref="GetAsync(IReadOnlyList{Oid}, CancellationToken)"/>.</exception>
    public Task<IReadOnlyList<VarBind>> GetBindingsAsync(IReadOnlyList<Oid> oids, CancellationToken cancellationToken) =>
        GetBindingsAsync(oids, "GET " + string.Join(", ", oids ?? throw new ArgumentNullException(nameof(oids))), cancellationToken);

    /// <summary>Reads <paramref name="oids"/> in one GetRequest, naming the read <paramref name="operation"/> in errors.</summary>
    /// <param name="oids">The instance OIDs.</param>
    /// <param name="operation">What the read is for, e.g. <c>identify</c>; carried by the exceptions.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The bindings in request order.</returns>
    /// <exception cref="DeviceException">As <see cref="GetBindingsAsync(IReadOnlyList{Oid}, CancellationToken)"/>.</exception>
    public async Task<IReadOnlyList<VarBind>> GetBindingsAsync(IReadOnlyList<Oid> oids, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oids);
        Interlocked.Increment(ref requests);
        try
        {
            var bindings = await client.GetAsync(Target, oids, cancellationToken);
            SnmpAnswerCheck.SameNames(this, oids, bindings, operation);
            return bindings;
        }
        catch (Exception ex) when (ex is SnmpException or SocketException)
        {
            throw await MapAsync(ex, operation, cancellationToken);
        }
    }

    /// <summary>Writes <paramref name="bindings"/> in one SetRequest, naming the write <paramref name="operation"/> in errors.</summary>
    /// <param name="bindings">The bindings.</param>
    /// <param name="operation">What the write is for, e.g. <c>write</c>; carried by the exceptions.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Success, or the agent's error status, index and the OID it names.</returns>
    /// <exception cref="DeviceException">As <see cref="SetAsync(IReadOnlyList{VarBind}, CancellationToken)"/>.</exception>
    public async Task<SnmpSetOutcome> SetAsync(IReadOnlyList<VarBind> bindings, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        Interlocked.Increment(ref requests);
        try
        {
            var answer = await client.SetAsync(Target, bindings, cancellationToken);
            SnmpAnswerCheck.SameNames(this, bindings, answer, operation);
            return SnmpSetOutcome.Success;
        }
        catch (SnmpErrorStatusException ex)
        {
            var failed = ex.ErrorIndex >= 1 && ex.ErrorIndex <= bindings.Count ? bindings[ex.ErrorIndex - 1].Oid : null;
            return new SnmpSetOutcome(ex.ErrorStatus, failed, ex.ErrorIndex);
        }
        catch (Exception ex) when (ex is SnmpException or SocketException)
        {
            throw await MapAsync(ex, operation, cancellationToken);
        }
    }

    /// <summary>Reads every instance under <paramref name="root"/>.</summary>
    /// <param name="root">The subtree, e.g. a table column.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The bindings in OID order.</returns>
    /// <exception cref="DeviceException">As <see cref="GetAsync(IReadOnlyList{Oid}, CancellationToken)"/>.</exception>
    public async Task<IReadOnlyList<VarBind>> WalkAsync(Oid root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        var result = new List<VarBind>();
        Interlocked.Increment(ref requests);
        try
        {
            await foreach (var binding in client.WalkAsync(Target, root, cancellationToken))
            {
                result.Add(binding);
            }

            return result;
        }
        catch (Exception ex) when (ex is SnmpException or SocketException)
        {
            throw await MapAsync(ex, "WALK " + root, cancellationToken);
        }
    }

    /// <summary>Returns the value of <paramref name="binding"/> as the type the driver expects, or throws a device error naming both.</summary>
    /// <typeparam name="T">The SNMP type the object has, e.g. <see cref="OctetString"/>.</typeparam>
    /// <param name="binding">A binding of an answer.</param>
    /// <param name="operation">What the read was for, e.g. <c>read</c>; carried by the exception.</param>
    /// <returns>The typed value.</returns>
    /// <exception cref="DeviceProtocolException">The value has another type (an exception value such as noSuchObject included).</exception>
    public T Expect<T>(VarBind binding, string operation)
        where T : SnmpValue
    {
        ArgumentNullException.ThrowIfNull(binding);
        return binding.Value as T
            ?? throw SnmpAnswerCheck.Malformed(this, operation, $"{binding.Oid} answered {binding.Value.Tag}, but the object is {typeof(T).Name}");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ownsClient ? client.DisposeAsync() : ValueTask.CompletedTask;

    private async Task<IReadOnlyList<SnmpValue>> GetOneByOneAsync(IReadOnlyList<Oid> oids, CancellationToken cancellationToken)
    {
        var values = new List<SnmpValue>(oids.Count);
        foreach (var oid in oids)
        {
            values.Add(await GetAsync(oid, cancellationToken));
        }

        return values;
    }

    private async Task<DeviceException> MapAsync(Exception ex, string operation, CancellationToken cancellationToken)
    {
        var at = $"{DeviceName} ({Endpoint})";
        switch (ex)
        {
            case SnmpTimeoutException timeout:
                if (ProbesClosedPortOnTimeout && await UdpReachability.IsRefusedAsync(Target.Endpoint, TimeSpan.FromMilliseconds(200), cancellationToken))
                {
                    return new DeviceUnreachableException($"{at}: nothing answers on UDP port {Target.Endpoint.Port} (port unreachable). Check the address and that the SNMP agent is enabled.", ex) { Endpoint = Endpoint, Operation = operation };
                }

                var hint = Target.Version == SnmpMessageVersion.V3 ? string.Empty : " A wrong community also looks like this: SNMP v1/v2c agents drop it without an answer.";
                return new DeviceTimeoutException(string.Create(CultureInfo.InvariantCulture, $"{at}: no SNMP answer after {timeout.Attempts} attempt(s) of {timeout.Timeout.TotalMilliseconds:0} ms.{hint}"), ex)
                {
                    Endpoint = Endpoint, Operation = operation, Attempts = timeout.Attempts, Waited = timeout.Timeout * timeout.Attempts,
                };
            case SnmpAuthenticationException auth:
                return new DeviceAuthenticationException($"{at}: SNMPv3 user '{auth.UserName}' was refused ({auth.ReportOid?.ToString() ?? "no report"}). Check the user, protocols and pass phrases of the credential set.", ex) { Endpoint = Endpoint, Operation = operation };
            case SnmpErrorStatusException status:
                return new DeviceProtocolException($"{at}: the agent answered {status.ErrorStatus} (index {status.ErrorIndex}).", ex) { Endpoint = Endpoint, Operation = operation };
            case SocketException socket:
                return new DeviceUnreachableException($"{at}: {socket.SocketErrorCode}. Check the address, routing and firewalls.", ex) { Endpoint = Endpoint, Operation = operation };
            default:
                return new DeviceProtocolException($"{at}: {ex.Message}", ex) { Endpoint = Endpoint, Operation = operation };
        }
    }
}
