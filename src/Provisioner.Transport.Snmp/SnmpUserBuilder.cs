using Provisioner.Abstractions;
using Provisioner.Snmp.Security;

namespace Provisioner.Transport.Snmp;

/// <summary>Maps the inventory's SNMPv3 credentials (Abstractions enums, secret references) onto a library <see cref="UsmUser"/>.</summary>
internal static class SnmpUserBuilder
{
    /// <summary>Builds the USM user of <paramref name="credentials"/>, resolving its pass phrases.</summary>
    /// <param name="request">The open request (secrets, names for messages).</param>
    /// <param name="credentials">The SNMPv3 credentials.</param>
    /// <returns>The user.</returns>
    /// <exception cref="DeviceAuthenticationException">The user name or a pass phrase the protocols need is missing.</exception>
    public static UsmUser Build(OpenRequest request, SnmpCredentials credentials)
    {
        var name = credentials.User ?? throw SnmpTargetBuilder.Unusable(request, "SNMPv3 needs a user name ('user: NAME')");
        if (credentials.AuthProtocol == SnmpAuthProtocol.None)
        {
            return new UsmUser(name);
        }

        var auth = request.Secrets.Resolve(credentials.AuthPassword ?? throw SnmpTargetBuilder.Unusable(request, "the authentication protocol needs a pass phrase")).Reveal();
        var authProtocol = SnmpProtocolMapping.ToLibrary(credentials.AuthProtocol);
        if (credentials.PrivProtocol == SnmpPrivProtocol.None)
        {
            return new UsmUser(name, authProtocol, auth);
        }

        var priv = request.Secrets.Resolve(credentials.PrivPassword ?? throw SnmpTargetBuilder.Unusable(request, "the privacy protocol needs a pass phrase")).Reveal();
        return new UsmUser(name, authProtocol, auth, SnmpProtocolMapping.ToLibrary(credentials.PrivProtocol), priv);
    }
}
