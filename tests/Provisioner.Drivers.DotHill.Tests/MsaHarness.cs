using Provisioner.Lab.Devices.DotHill;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>An HPE MSA 2060 behind the lab's sshd on 127.170.x.x.</summary>
public sealed class MsaHarness() : DotHillHarness(HpeMsaDescriptor.Value, DotHillLabIdentity.Msa2060, 170, "lab-msa-01");
