namespace Provisioner.Abstractions;

/// <summary>Where a <see cref="SecretReference"/> points.</summary>
public enum SecretScheme
{
    /// <summary><c>env:NAME</c>: an environment variable of the process.</summary>
    Environment = 0,

    /// <summary><c>file:PATH</c>: the first line of a file.</summary>
    File = 1,
}
