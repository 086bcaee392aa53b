namespace Provisioner.Cli.Demo;

/// <summary>Finds <c>inventory/examples/demo</c> and supplies the demo's own secrets.</summary>
internal static class DemoInventory
{
    /// <summary>The relative location of the demo inventory in the repository.</summary>
    public const string RelativePath = "inventory/examples/demo";

    /// <summary>The lab secrets the demo inventory references; used when the variables are not set.</summary>
    public static IReadOnlyDictionary<string, string> Secrets { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DEMO_SNMP_COMMUNITY"] = "demo-rw-community",
        ["DEMO_SNMP_AUTH"] = "demo-auth-passphrase",
        ["DEMO_SNMP_PRIV"] = "demo-priv-passphrase",
        ["DEMO_HTTP_PW"] = "demo-http-password",
        ["DEMO_SSH_PW"] = "demo-ssh-password",
    };

    /// <summary>Looks for the demo inventory from the working directory and from the program's folder upwards.</summary>
    /// <returns>The directory, or null.</returns>
    public static string? Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The environment as the demo sees it: the real one, plus <see cref="Secrets"/> for what it lacks.</summary>
    public static Func<string, string?> Environment(Func<string, string?> real) => name => real(name) ?? Secrets.GetValueOrDefault(name);
}
