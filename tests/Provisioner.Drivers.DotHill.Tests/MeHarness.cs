using System.Net;
using Provisioner.Lab.Devices.DotHill;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>A Dell PowerVault ME4024 (firmware with port, security protocol and sender password) behind sshd on 127.171.0.1.</summary>
public sealed class MeHarness() : DotHillHarness(DellMeDescriptor.Value, DotHillLabIdentity.Me4024, IPAddress.Parse("127.171.0.1"), "lab-me4-01");
