using System.Collections.Concurrent;
using System.Net;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Client;

/// <summary>SNMPv3: engine discovery, time synchronisation, USM protection and report handling.</summary>
public sealed partial class SnmpClient
{
    private readonly ConcurrentDictionary<IPEndPoint, Task<RemoteEngine>> _engines = new();

    /// <summary>
    /// Discovers (or returns the cached) snmpEngineID of an agent with the SNMPv3 discovery probe
    /// (no credentials needed). Works with a target of any version: only its endpoint, timeout and
    /// retries are used, so a v1/v2c probe can report the engine ID too.
    /// </summary>
    /// <param name="target">The agent.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The agent's engine ID.</returns>
    /// <exception cref="SnmpTimeoutException">The agent did not answer the discovery request.</exception>
    public async Task<OctetString> DiscoverEngineIdAsync(SnmpTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var probe = target with { Version = SnmpMessageVersion.V3 };
        return (await GetEngineAsync(probe, Normalize(target.Endpoint), cancellationToken)).EngineId;
    }

    private async Task<SnmpPdu> ExchangeV3Async(SnmpTarget target, IPEndPoint endpoint, SnmpPdu request, CancellationToken cancellationToken)
    {
        var user = target.User!;
        var level = user.SecurityLevel;
        var flags = MessageFlags.Reportable
            | (level >= SecurityLevel.AuthNoPriv ? MessageFlags.Auth : MessageFlags.None)
            | (level == SecurityLevel.AuthPriv ? MessageFlags.Priv : MessageFlags.None);
        var userName = OctetString.FromString(user.Name);
        var contextName = OctetString.FromString(target.ContextName);
        // Each kind of resynchronisation is tried once: a stale engine ID can be followed by a first
        // time synchronisation with the rediscovered engine.
        var rediscovered = false;
        var resynchronised = false;
        while (true)
        {
            var engine = await GetEngineAsync(target, endpoint, cancellationToken);
            var localized = level == SecurityLevel.NoAuthNoPriv ? null : UsmKeyCache.Localize(user, engine.EngineId.AsSpan());
            var id = NextId();
            var (boots, time) = engine.Now();
            var message = new SnmpMessage
            {
                Version = SnmpMessageVersion.V3,
                Header = new SnmpV3Header(id, _options.MaxMessageSize, flags),
                SecurityParameters = new UsmSecurityParameters(engine.EngineId, boots, time, userName, OctetString.Empty, OctetString.Empty),
                ContextEngineId = engine.EngineId,
                ContextName = contextName,
                Pdu = request with { RequestId = id },
            };
            var datagram = UsmProcessor.Encode(message, localized);
            SnmpMessage response;
            try
            {
                response = await SendAndReceiveAsync(
                    target, endpoint, id, datagram, request.Type, (packet, candidate, authOffset) => AcceptV3(packet, candidate, authOffset, engine, localized, flags), cancellationToken);
            }
            catch (SnmpTimeoutException ex) when (level == SecurityLevel.AuthPriv)
            {
                // The engine answered discovery, so it is there: agents such as net-snmp drop a request
                // they cannot decrypt without any report.
                throw new SnmpTimeoutException(target.Endpoint, ex.Request, ex.Attempts, ex.Timeout,
                    $"the agent answered engine discovery but not this authPriv request of user '{user.Name}', which is what agents do with a request they cannot decrypt: check the privacy protocol ({user.PrivacyProtocol}; AES-192/256 come in a standard and a Cisco key-extension variant) and the privacy pass phrase");
            }

            var pdu = response.Pdu!;
            if (pdu.Type != PduType.Report)
            {
                return pdu;
            }

            var reportOid = pdu.VarBinds.Count > 0 ? pdu.VarBinds[0].Oid : null;
            if (!rediscovered && reportOid == UsmStatsOids.UnknownEngineIds)
            {
                rediscovered = true;
                _engines.TryRemove(endpoint, out _);
                continue;
            }

            if (!resynchronised && reportOid == UsmStatsOids.NotInTimeWindows)
            {
                resynchronised = true;
                var parameters = response.SecurityParameters!;
                engine.Resynchronise(parameters.EngineBoots, parameters.EngineTime);
                continue;
            }

            throw ReportException(target, reportOid);
        }
    }

    private static SnmpMessage? AcceptV3(ReadOnlySpan<byte> packet, SnmpMessage message, int authOffset, RemoteEngine engine, LocalizedUser? user, MessageFlags requestFlags)
    {
        var header = message.Header!;
        if (header.SecurityModel != SnmpV3Header.UserBasedSecurityModel)
        {
            return null;
        }

        var parameters = message.SecurityParameters!;
        var authenticated = (header.Flags & MessageFlags.Auth) != 0;
        if (!authenticated)
        {
            // Unauthenticated answers are only acceptable as reports, or for noAuthNoPriv requests.
            return message.Pdu is { } pdu && (pdu.Type == PduType.Report || (user is null && pdu.Type == PduType.Response)) ? message : null;
        }

        if (user is null || !parameters.EngineId.AsSpan().SequenceEqual(user.EngineId) || !UsmProcessor.Authenticate(packet, message, authOffset, user))
        {
            return null;
        }

        if ((header.Flags & MessageFlags.Priv) != 0)
        {
            message = UsmProcessor.Decrypt(message, user)!;
            if (message is null)
            {
                return null;
            }
        }

        var type = message.Pdu?.Type;
        if (type == PduType.Report)
        {
            return message;
        }

        var sameLevel = (header.Flags & (MessageFlags.Auth | MessageFlags.Priv)) == (requestFlags & (MessageFlags.Auth | MessageFlags.Priv));
        return type == PduType.Response && sameLevel && engine.Accept(parameters.EngineBoots, parameters.EngineTime) ? message : null;
    }

    private Task<RemoteEngine> GetEngineAsync(SnmpTarget target, IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        // One discovery per agent however many requests wait for it; it is not tied to any one
        // caller's token (its own timeouts bound it), so one caller cancelling does not fail the others.
        var task = _engines.GetOrAdd(endpoint, _ => DiscoverAsync(target, endpoint));
        if (task.IsFaulted || task.IsCanceled)
        {
            _engines.TryRemove(new KeyValuePair<IPEndPoint, Task<RemoteEngine>>(endpoint, task));
            task = _engines.GetOrAdd(endpoint, _ => DiscoverAsync(target, endpoint));
        }

        return AwaitEngineAsync(endpoint, task, cancellationToken);
    }

    private async Task<RemoteEngine> AwaitEngineAsync(IPEndPoint endpoint, Task<RemoteEngine> task, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || task.IsCanceled)
        {
            _engines.TryRemove(new KeyValuePair<IPEndPoint, Task<RemoteEngine>>(endpoint, task));
            throw;
        }
    }

    private async Task<RemoteEngine> DiscoverAsync(SnmpTarget target, IPEndPoint endpoint)
    {
        await Task.Yield();
        var id = NextId();
        var probe = new SnmpMessage
        {
            Version = SnmpMessageVersion.V3,
            Header = new SnmpV3Header(id, _options.MaxMessageSize, MessageFlags.Reportable),
            SecurityParameters = UsmSecurityParameters.Empty,
            Pdu = new SnmpPdu(PduType.GetRequest, id, SnmpErrorStatus.NoError, 0, []),
        };
        var answer = await SendAndReceiveAsync(
            target,
            endpoint,
            id,
            SnmpMessageCodec.Encode(probe),
            PduType.GetRequest,
            static (_, message, _) => message.SecurityParameters!.EngineId.Length > 0 ? message : null,
            CancellationToken.None);
        var parameters = answer.SecurityParameters!;
        return new RemoteEngine(parameters.EngineId, parameters.EngineBoots, parameters.EngineTime, _options.TimeProvider);
    }

    private static SnmpException ReportException(SnmpTarget target, Oid? reportOid)
    {
        var user = target.User!;
        var endpoint = target.Endpoint;
        string? problem = null;
        if (reportOid == UsmStatsOids.UnknownUserNames)
        {
            problem = $"the agent does not know the user '{user.Name}' (usmStatsUnknownUserNames); check the user name configured on the device";
        }
        else if (reportOid == UsmStatsOids.WrongDigests)
        {
            problem = $"the agent rejected the message digest for user '{user.Name}' (usmStatsWrongDigests); check the authentication protocol ({user.AuthenticationProtocol}) and pass phrase";
        }
        else if (reportOid == UsmStatsOids.DecryptionErrors)
        {
            problem = $"the agent could not decrypt the request of user '{user.Name}' (usmStatsDecryptionErrors); check the privacy protocol ({user.PrivacyProtocol}) and pass phrase";
        }
        else if (reportOid == UsmStatsOids.UnsupportedSecLevels)
        {
            problem = $"the agent does not support security level {user.SecurityLevel} for user '{user.Name}' (usmStatsUnsupportedSecLevels); check the level configured on the device";
        }
        else if (reportOid == UsmStatsOids.NotInTimeWindows || reportOid == UsmStatsOids.UnknownEngineIds)
        {
            problem = $"the agent kept reporting {reportOid} after resynchronisation; its engine boots/time or engine ID is unstable";
        }

        return problem is null
            ? new SnmpException($"SNMP agent {endpoint} answered with a report ({reportOid?.ToString() ?? "no binding"}).", endpoint, reportOid)
            : new SnmpAuthenticationException($"SNMPv3 to {endpoint} failed: {problem}.", endpoint, reportOid, user.Name);
    }
}
