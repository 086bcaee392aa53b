namespace Provisioner.Delivery.Tests.MailServers;

/// <summary>Finds the mail servers the integration tests start.</summary>
internal static class MailPeers
{
    private static readonly string[] Directories = [.. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'), "/usr/sbin", "/sbin", "/usr/bin"];

    /// <summary>The first missing program of postfix, postmap, dovecot; null when all are there.</summary>
    public static string? Missing() =>
        new[] { "postfix", "postmap", "dovecot" }.FirstOrDefault(p => !Directories.Any(d => File.Exists(Path.Combine(d, p))));
}
