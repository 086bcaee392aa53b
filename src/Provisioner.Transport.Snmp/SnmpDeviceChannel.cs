using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// One device's SNMP conversation for a driver session: GET and SET through a <see cref="SnmpClient"/>,
/// with the library's exceptions turned into the driver contract's typed <see cref="DeviceException"/>s
/// (timeout, authentication, protocol, unreachable). A refused SET stays a <see cref="SnmpErrorStatusException"/>:
/// that is an expected device answer the driver reports as a diagnostic.
/// </summary>
public sealed class SnmpDeviceChannel : IAsyncDisposable
{
    private readonly SnmpClient client;
    private readonly bool ownsClient;

    /// <summary>Creates a channel to <paramref name="target"/>.</summary>
    /// <param name="target">The agent and credentials.</param>
    /// <param name="client">The client to use; null to create one this channel owns and disposes.</param>
    public SnmpDeviceChannel(SnmpTarget target, SnmpClient? client = null)
    {
        Target = target ?? throw new ArgumentNullException(nameof(target));
        ownsClient = client is null;
        this.client = client ?? new SnmpClient();
    }

    /// <summary>The agent and credentials.</summary>
    public SnmpTarget Target { get; }

    /// <summary>Opens a channel for <paramref name="request"/> (credentials resolved now).</summary>
    /// <param name="request">The driver's open request.</param>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The channel; the caller disposes it.</returns>
    public static async Task<SnmpDeviceChannel> OpenAsync(OpenRequest request, CancellationToken cancellationToken) =>
        new(await SnmpTargetBuilder.BuildAsync(request, cancellationToken));

    /// <summary>Reads <paramref name="oids"/> in one GET.</summary>
    /// <param name="oids">The instances.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The bindings in request order; missing instances carry noSuchObject/noSuchInstance.</returns>
    /// <exception cref="DeviceTimeoutException">No answer.</exception>
    /// <exception cref="DeviceAuthenticationException">SNMPv3 security failed.</exception>
    /// <exception cref="DeviceProtocolException">The agent answered with an error status or an undecodable message.</exception>
    public Task<IReadOnlyList<VarBind>> GetAsync(IReadOnlyList<Oid> oids, CancellationToken cancellationToken) =>
        MapAsync("get", () => client.GetAsync(Target, oids, cancellationToken), rejectionsAreProtocolErrors: true);

    /// <summary>Writes <paramref name="bindings"/> in one SET (atomic on the agent).</summary>
    /// <param name="bindings">The instances and values.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The response bindings.</returns>
    /// <exception cref="SnmpErrorStatusException">The agent refused the SET; the driver reports it as a rejection.</exception>
    /// <exception cref="DeviceTimeoutException">No answer; the write may or may not have happened.</exception>
    /// <exception cref="DeviceAuthenticationException">SNMPv3 security failed.</exception>
    public Task<IReadOnlyList<VarBind>> SetAsync(IReadOnlyList<VarBind> bindings, CancellationToken cancellationToken) =>
        MapAsync("set", () => client.SetAsync(Target, bindings, cancellationToken), rejectionsAreProtocolErrors: false);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (ownsClient)
        {
            await client.DisposeAsync();
        }
    }

    private async Task<IReadOnlyList<VarBind>> MapAsync(string operation, Func<Task<IReadOnlyList<VarBind>>> call, bool rejectionsAreProtocolErrors)
    {
        var endpoint = Target.Endpoint.ToString();
        try
        {
            return await call();
        }
        catch (SnmpTimeoutException ex)
        {
            throw new DeviceTimeoutException($"SNMP {operation} to {endpoint} got no answer after {ex.Attempts} attempt(s) of {ex.Timeout.TotalSeconds:0.#} s. Check that the device is up, that SNMP is enabled on it and that the community or user is right (SNMPv1/v2c agents ignore a wrong community).", ex)
            { Endpoint = endpoint, Operation = operation, Attempts = ex.Attempts, Waited = ex.Timeout * ex.Attempts };
        }
        catch (SnmpAuthenticationException ex)
        {
            throw new DeviceAuthenticationException(ex.Message, ex) { Endpoint = endpoint, Operation = operation };
        }
        catch (SnmpErrorStatusException ex) when (rejectionsAreProtocolErrors)
        {
            throw new DeviceProtocolException($"SNMP {operation} to {endpoint} failed with {ex.ErrorStatus} at binding {ex.ErrorIndex}.", ex) { Endpoint = endpoint, Operation = operation };
        }
        catch (SnmpDecodeException ex)
        {
            throw new DeviceProtocolException($"The answer of {endpoint} to an SNMP {operation} could not be decoded: {ex.Message}", ex) { Endpoint = endpoint, Operation = operation };
        }
        catch (SnmpException ex) when (ex is not SnmpErrorStatusException)
        {
            throw new DeviceUnreachableException($"SNMP {operation} to {endpoint} failed: {ex.Message}", ex) { Endpoint = endpoint, Operation = operation };
        }
    }
}
