namespace Provisioner.Abstractions;

/// <summary>
/// The result of one device in one run, decided by the engine. Reports use the kebab-case names of
/// <see cref="DeviceOutcomeNames"/> (<c>ok</c>, <c>would-change</c>, ...).
/// </summary>
public enum DeviceOutcome
{
    /// <summary><c>ok</c>: every verifiable setting already matched; nothing written.</summary>
    Ok = 0,

    /// <summary><c>changed</c>: differing settings were written, committed and verified by read-back.</summary>
    Changed = 1,

    /// <summary><c>would-change</c>: plan or diff found settings that differ; nothing written.</summary>
    WouldChange = 2,

    /// <summary><c>unverifiable</c>: every readable setting matches but a write-only one (a password) cannot be compared.</summary>
    Unverifiable = 3,

    /// <summary><c>not-supported</c>: the device lacks a setting the inventory asks for (or can only take it by hand); see the manual steps.</summary>
    NotSupported = 4,

    /// <summary><c>rejected</c>: the device refused a value; the diagnostic names the setting path.</summary>
    Rejected = 5,

    /// <summary><c>verify-mismatch</c>: the read-back differs from what was written and restoring the snapshot failed or was impossible.</summary>
    VerifyMismatch = 6,

    /// <summary><c>reverted</c>: the read-back differed, so the engine restored the snapshot taken before writing.</summary>
    Reverted = 7,

    /// <summary><c>unreachable</c>: no connection (no route, refused, unresolvable).</summary>
    Unreachable = 8,

    /// <summary><c>auth-failed</c>: the device refused the credentials.</summary>
    AuthFailed = 9,

    /// <summary><c>timeout</c>: the device stopped answering, or the per-device deadline passed.</summary>
    Timeout = 10,

    /// <summary><c>error</c>: anything else (protocol error, invalid desired value, unknown driver, bug); see the diagnostic.</summary>
    Error = 11,

    /// <summary><c>skipped</c>: not started because the run was stopped (Ctrl-C).</summary>
    Skipped = 12,

    /// <summary><c>identity-mismatch</c>: the device is not what its driver handles (sysObjectID, sysDescr or model); nothing written.</summary>
    IdentityMismatch = 13,

    /// <summary><c>untrusted</c>: the device's TLS certificate or SSH host key did not match the pin or the known-peers store; nothing was sent after the handshake.</summary>
    Untrusted = 14,
}
