namespace Provisioner.Core;

/// <summary>When apply writes a write-only setting (a password), which it can never compare.</summary>
public enum WriteOnlyPolicy
{
    /// <summary>Write it together with other differing settings; alone it is reported unverifiable. Re-runs stay <c>ok</c>/<c>unverifiable</c>.</summary>
    WithOtherChanges = 0,

    /// <summary>Write it on every apply (the device is then always <c>changed</c>).</summary>
    Always = 1,

    /// <summary>Never write it; it is always reported unverifiable.</summary>
    Never = 2,
}
