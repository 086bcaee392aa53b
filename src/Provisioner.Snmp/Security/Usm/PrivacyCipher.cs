namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// A privacy algorithm bound to one localised key (fixed per user × engine), keeping its keyed cipher
/// state in a pool so that messages pay neither cipher creation nor key setup. Thread-safe.
/// </summary>
internal abstract class PrivacyCipher : IDisposable
{
    /// <summary>Encrypts a scoped PDU, writing the salt into <paramref name="salt"/>.</summary>
    public abstract byte[] Encrypt(int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt);

    /// <summary>Decrypts an encrypted scoped PDU, or returns null when the parameters are unusable.</summary>
    public abstract byte[]? Decrypt(int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext);

    /// <summary>Releases the pooled cipher state.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the pooled cipher state.</summary>
    protected abstract void Dispose(bool disposing);
}
