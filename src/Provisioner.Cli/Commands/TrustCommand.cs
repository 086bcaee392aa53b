using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Trust;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner trust</c>: connect to each selected HTTPS or SSH device, show the certificate or host key it
/// presents and record it in <c>known_certs</c> or <c>known_hosts</c> on confirmation (DESIGN.md, "Every device connection authenticates its peer").
/// </summary>
internal static class TrustCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var inventory = SharedOptions.Inventory();
        var filter = new DeviceFilterOptions();
        var output = SharedOptions.Output(OutputFormat.Table, OutputFormat.Json);
        var yes = new Option<bool>("--yes", "-y") { Description = "Record new certificates and host keys without asking (needed when standard input is not a terminal)." };
        var replace = new Option<bool>("--replace") { Description = "Also record a certificate or host key that CHANGED, replacing what known_certs or known_hosts holds for that device. Check with the device's administrator first: a changed certificate or host key is what an impostor presents. A pin written in the inventory (tls_certificate_sha256, ssh_host_key_sha256) is changed there, by hand." };
        var lab = new LabOption();
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for each device's TLS handshake or SSH key exchange.", HelpName = "SECONDS", DefaultValueFactory = _ => 10.0 };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 300 or double.NaN)
            {
                result.AddError("--timeout: give seconds above 0, at most 300.");
            }
        });
        var command = new Command(
            "trust",
            "Connect to each selected device reached over HTTPS or SSH, show the certificate (subject, issuer, validity, SHA-256) or SSH host key (type, SHA256: fingerprint as ssh-keygen -l prints it) it presents and whether it is trusted, new or CHANGED, and record new ones when you confirm (or with --yes): certificates in known_certs, host keys in known_hosts (OpenSSH's format, usable with ssh -o UserKnownHostsFile=...) next to the inventory. "
            + "A changed certificate or host key is replaced only with --replace. No HTTP request is sent and no SSH user name or password: the SSH key exchange stops at the host key. With --lab, records into the lab's .provisioner/known_certs and .provisioner/known_hosts, never the inventory's. "
            + "Exit 0 when every device's certificate or host key is trusted, 2 when new ones were shown but not recorded (no --yes away from a terminal), 1 when a device was unreachable or its certificate or host key CHANGED and was not replaced, 3 on inventory or known_certs/known_hosts errors, 4 on a usage error (e.g. no selected device is reached over HTTPS or SSH), 5 when the answer to the question was no.")
        {
            inventory,
        };
        filter.AddTo(command);
        foreach (var option in new Option[] { output, yes, replace, lab.Option, timeout })
        {
            command.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetRequiredValue(inventory);
            var settings = new TrustSettings(path, filter.Read(parseResult), parseResult.GetValue(output), parseResult.GetValue(yes), parseResult.GetValue(replace), lab.MapPath(parseResult, path), TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            return await TrustRun.ExecuteAsync(session, settings, cancellationToken);
        });
        return command;
    }
}
