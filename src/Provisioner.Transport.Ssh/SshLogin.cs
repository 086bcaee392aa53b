using System.Text;
using Provisioner.Abstractions;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// The SSH.NET authentication methods for one device's credentials, in the order they are offered:
/// public key (when a key is given), password, keyboard-interactive (answering every prompt that asks
/// for a password with the password). Secrets are resolved here, registered with the connection's
/// scrubber, and never put into a message.
/// </summary>
internal sealed class SshLogin : IDisposable
{
    /// <summary>The largest private key file read (64 KiB).</summary>
    public const int MaxKeyFileBytes = 64 * 1024;

    private readonly List<IDisposable> owned = [];

    private SshLogin(string user) => User = user;

    /// <summary>The login name.</summary>
    public string User { get; }

    /// <summary>The methods, in the order tried.</summary>
    public List<AuthenticationMethod> Methods { get; } = [];

    /// <summary>The methods' SSH names, for messages: <c>publickey</c>, <c>password</c>, <c>keyboard-interactive</c>.</summary>
    public List<string> MethodNames { get; } = [];

    /// <summary>Builds the methods for <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The SSH credentials of the device.</param>
    /// <param name="secrets">Resolves their references.</param>
    /// <param name="scrubber">Receives every resolved secret.</param>
    /// <param name="endpoint">The device endpoint, for messages.</param>
    /// <returns>The login; the caller disposes it with the client.</returns>
    /// <exception cref="DeviceAuthenticationException">The private key cannot be read or decrypted.</exception>
    public static SshLogin Create(SshCredentials credentials, ISecretResolver secrets, SecretScrubber scrubber, string endpoint)
    {
        var login = new SshLogin(credentials.User);
        if (credentials.PrivateKey is { } keyReference)
        {
            var passphrase = credentials.PrivateKeyPassphrase is { } p ? secrets.Resolve(p).Reveal() : null;
            if (passphrase is not null)
            {
                scrubber.Add(passphrase);
            }

            var key = ReadKey(keyReference, passphrase, secrets, credentials.User, endpoint);
            login.owned.Add(key);
            login.Methods.Add(new PrivateKeyAuthenticationMethod(credentials.User, key));
            login.MethodNames.Add("publickey");
        }

        if (credentials.Password is { } passwordReference)
        {
            var password = secrets.Resolve(passwordReference).Reveal();
            scrubber.Add(password);
            var passwordMethod = new PasswordAuthenticationMethod(credentials.User, password);
            var interactive = new KeyboardInteractiveAuthenticationMethod(credentials.User);
            interactive.AuthenticationPrompt += (_, e) => Answer(e, password);
            login.owned.Add(passwordMethod);
            login.owned.Add(interactive);
            login.Methods.Add(passwordMethod);
            login.Methods.Add(interactive);
            login.MethodNames.Add("password");
            login.MethodNames.Add("keyboard-interactive");
        }

        if (login.Methods.Count == 0)
        {
            throw new DeviceAuthenticationException($"SSH at {endpoint}: the credentials for user '{credentials.User}' hold neither a password nor a private key. Add 'password' or 'private_key' to the credential set.") { Endpoint = endpoint, Operation = "SSH authentication" };
        }

        return login;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }

    // Prompts that ask for the password get it; anything else (a one-time code, a question) gets an empty
    // answer, which the server refuses, so the login fails as auth-failed instead of hanging.
    internal static void Answer(AuthenticationPromptEventArgs e, string password)
    {
        foreach (var prompt in e.Prompts)
        {
            prompt.Response = prompt.Request.Contains("password", StringComparison.OrdinalIgnoreCase) || prompt.Request.Contains("passcode", StringComparison.OrdinalIgnoreCase)
                ? password
                : string.Empty;
        }
    }

    // A file: reference names the key file, read whole (the resolver's first-line rule fits passwords,
    // not multi-line keys); an env: reference holds the key text itself.
    private static PrivateKeyFile ReadKey(SecretReference reference, string? passphrase, ISecretResolver secrets, string user, string endpoint)
    {
        string text;
        if (reference.Scheme == SecretScheme.File)
        {
            var info = new FileInfo(reference.Target);
            if (!info.Exists || info.Length > MaxKeyFileBytes)
            {
                throw new SecretResolutionException($"Secret {reference} cannot be read: {(info.Exists ? "the file is larger than 64 KiB" : "no such file")}. Point the reference at the private key file.") { Reference = reference };
            }

            text = File.ReadAllText(reference.Target, Encoding.UTF8);
        }
        else
        {
            text = secrets.Resolve(reference).Reveal();
        }

        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return passphrase is null ? new PrivateKeyFile(stream) : new PrivateKeyFile(stream, passphrase);
        }
        catch (Exception ex) when (ex is SshException or ArgumentException or FormatException or System.Security.Cryptography.CryptographicException or InvalidOperationException or NotSupportedException)
        {
            var why = passphrase is null
                ? "it is encrypted and no passphrase is given, or it is not an OpenSSH, PEM or PuTTY private key"
                : "the passphrase is wrong, or it is not an OpenSSH, PEM or PuTTY private key";
            throw new DeviceAuthenticationException($"SSH at {endpoint}: the private key {reference} for user '{user}' cannot be used: {why}.") { Endpoint = endpoint, Operation = "SSH authentication" };
        }
    }
}
