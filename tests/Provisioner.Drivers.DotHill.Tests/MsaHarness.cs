using System.Net;
using Provisioner.Lab.Devices.DotHill;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>An HPE MSA 2060 behind sshd on 127.170.0.1.</summary>
public sealed class MsaHarness() : DotHillHarness(HpeMsaDescriptor.Value, DotHillLabIdentity.Msa2060, IPAddress.Parse("127.170.0.1"), "lab-msa-01");
