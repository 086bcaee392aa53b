using Provisioner.Lab.Devices.DotHill;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>A Dell PowerVault ME4024 (firmware with port, security protocol and sender password) behind the lab's sshd on 127.171.x.x.</summary>
public sealed class MeHarness() : DotHillHarness(DellMeDescriptor.Value, DotHillLabIdentity.Me4024, 171, "lab-me4-01");
