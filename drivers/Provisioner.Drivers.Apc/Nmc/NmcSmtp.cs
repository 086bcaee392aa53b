using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>The card's SMTP settings as <c>smtp</c> shows them.</summary>
/// <param name="From">The From address.</param>
/// <param name="Server">The server.</param>
/// <param name="Port">The port.</param>
/// <param name="Auth">Whether authentication is enabled.</param>
/// <param name="User">The user.</param>
/// <param name="PasswordSet">Whether a password is set (the read-out masks it; <c>&lt;not set&gt;</c> otherwise).</param>
/// <param name="Encryption">The <c>-e</c> word, lower case.</param>
internal sealed record NmcSmtp(string From, string Server, int Port, bool Auth, string User, bool PasswordSet, string Encryption)
{
    /// <summary>Parses the read-out of <c>smtp</c>.</summary>
    /// <param name="body">The lines after <c>E000: Success</c>.</param>
    /// <param name="endpoint">The endpoint, for messages.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="DeviceProtocolException">A field is missing or the port is not a number.</exception>
    public static NmcSmtp Parse(string body, string endpoint)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, value) in NmcReadout.Pairs(body))
        {
            fields.TryAdd(label, value);
        }

        string Field(string label) => fields.TryGetValue(label, out var value) ? value
            : throw new DeviceProtocolException($"SSH at {endpoint}: `smtp` showed no '{label}:' line. Check the card's firmware against the driver README.") { Endpoint = endpoint, Operation = NmcCommands.Smtp };

        if (!int.TryParse(Field(NmcCommands.Labels.Port), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new DeviceProtocolException($"SSH at {endpoint}: `smtp` showed a port that is not a number.") { Endpoint = endpoint, Operation = NmcCommands.Smtp };
        }

        var password = Field(NmcCommands.Labels.Password);
        return new NmcSmtp(
            Field(NmcCommands.Labels.From),
            Field(NmcCommands.Labels.Server),
            port,
            Field(NmcCommands.Labels.Auth).StartsWith("enable", StringComparison.OrdinalIgnoreCase),
            Field(NmcCommands.Labels.User),
            password.Length > 0 && !string.Equals(password, NmcCommands.NotSet, StringComparison.OrdinalIgnoreCase),
            Field(NmcCommands.Labels.Encryption).ToLowerInvariant());
    }
}
