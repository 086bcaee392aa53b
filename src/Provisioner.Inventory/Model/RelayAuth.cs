using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>SMTP authentication at the relay. The guideline relays unauthenticated, so lint warns when this is set.</summary>
/// <param name="User">The SMTP AUTH user name.</param>
/// <param name="Password">Where the password lives (never the password).</param>
/// <param name="Sources">Where it and each key were written.</param>
public sealed record RelayAuth(string User, SecretReference Password, SourceMap Sources);
