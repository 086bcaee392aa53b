using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Testing.Conformance;

/// <summary>The rules every <see cref="DriverDescriptor"/> follows; returns the broken ones as sentences.</summary>
public static partial class DescriptorRules
{
    /// <summary>Checks <paramref name="descriptor"/>.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>One sentence per broken rule; empty when valid.</returns>
    public static IReadOnlyList<string> Check(DriverDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var problems = new List<string>();
        if (!IdPattern().IsMatch(descriptor.Id) || NamesOnlyTheVendor(descriptor))
        {
            problems.Add($"Id '{descriptor.Id}' is neither lower-case dotted 'vendor.family' nor one lower-case protocol name for a vendor-neutral standard (e.g. 'redfish').");
        }

        if (string.IsNullOrWhiteSpace(descriptor.Vendor) || descriptor.Models.Count == 0 || descriptor.Transports.Count == 0)
        {
            problems.Add("Vendor, Models and Transports must not be empty.");
        }

        foreach (var duplicate in descriptor.Settings.GroupBy(s => s.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"Setting {duplicate.Key} is declared {duplicate.Count()} times.");
        }

        foreach (var setting in descriptor.Settings)
        {
            if (!SettingKey.All.Contains(setting.Key))
            {
                problems.Add($"Setting {setting.Key} is not in the catalogue.");
            }

            if (string.IsNullOrWhiteSpace(setting.Description))
            {
                problems.Add($"Setting {setting.Key} has no description.");
            }

            if (setting.Type == SettingType.Secret && (!setting.Sensitive || setting.Access != SettingAccess.WriteOnly))
            {
                problems.Add($"Setting {setting.Key} holds a secret, so it must be Sensitive and WriteOnly.");
            }

            if (setting.Access == SettingAccess.ReadOnly && setting.ManualStep is null)
            {
                problems.Add($"Setting {setting.Key} is ReadOnly but has no ManualStep telling a person how to set it.");
            }
        }

        var recipients = descriptor.Find(SettingKey.SmtpRecipients);
        if ((recipients is null) != (descriptor.Recipients.Kind == RecipientModelKind.None))
        {
            problems.Add("The recipient model and the smtp.recipients setting disagree: declare both or neither.");
        }

        if (recipients?.Constraints.MaxItems is { } maxItems && maxItems != descriptor.Recipients.MaxItems)
        {
            problems.Add($"smtp.recipients MaxItems {maxItems} differs from the recipient model's {descriptor.Recipients.MaxItems}.");
        }

        return problems;
    }

    /// <summary>Checks that the capability flags agree with the interfaces <paramref name="session"/> implements.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="session">An open session of the driver.</param>
    /// <returns>One sentence per disagreement.</returns>
    public static IReadOnlyList<string> CheckCapabilities(DriverDescriptor descriptor, IDriverSession session)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var problems = new List<string>();
        void Agree(DriverCapabilities flag, bool implemented, string name)
        {
            if (descriptor.Capabilities.HasFlag(flag) != implemented)
            {
                problems.Add($"Capability {flag} is {(implemented ? "not declared" : "declared")} but the session {(implemented ? "implements" : "does not implement")} {name}.");
            }
        }

        Agree(DriverCapabilities.Commit, session is ISupportsCommit, nameof(ISupportsCommit));
        Agree(DriverCapabilities.Snapshot, session is ISupportsSnapshot, nameof(ISupportsSnapshot));
        Agree(DriverCapabilities.TestMessage, session is ISupportsTestMessage, nameof(ISupportsTestMessage));
        return problems;
    }

    /// <summary>A one-word id that is the vendor's own name names no family (<c>eaton</c>); a protocol's name (<c>redfish</c>, vendor DMTF) is fine.</summary>
    private static bool NamesOnlyTheVendor(DriverDescriptor descriptor) =>
        !descriptor.Id.Contains('.', StringComparison.Ordinal)
        && string.Equals(descriptor.Vendor.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), descriptor.Id, StringComparison.OrdinalIgnoreCase);

    // 'vendor.family' for a vendor's driver; one word for a driver of a vendor-neutral standard (issue 16 names 'redfish').
    [GeneratedRegex("^[a-z0-9]+(\\.[a-z0-9-]+)*$")]
    private static partial Regex IdPattern();
}
