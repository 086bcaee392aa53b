using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Http;
using Provisioner.Testing.Simulators.Http;

namespace Provisioner.Testing.Conformance;

/// <summary>
/// What every HTTPS driver owes about its peer, beyond <see cref="DriverConformanceTests{THarness}"/>: a certificate
/// that is not the pinned one is <c>untrusted</c> with both fingerprints and nothing is written (the pin is checked in
/// the handshake, before any credential leaves), and refused credentials are <c>auth-failed</c> without the password
/// in any diagnostic and with nothing written. A driver test project adds a one-line sealed subclass.
/// </summary>
/// <typeparam name="THarness">The driver's HTTPS lab harness, used as a class fixture.</typeparam>
public abstract class HttpsPeerConformanceTests<THarness> : IClassFixture<THarness>
    where THarness : HttpsLabHarness
{
    /// <summary>Creates the suite over <paramref name="harness"/>.</summary>
    /// <param name="harness">The fixture.</param>
    protected HttpsPeerConformanceTests(THarness harness) => Harness = harness;

    /// <summary>The fixture.</summary>
    protected THarness Harness { get; }

    private IReadOnlyList<LabHttpWrite> Writes => ((IHttpSimulatedDevice)Harness.LabDevice.Model).WriteLog.Entries;

    [Fact]
    public async Task WrongPin_IsUntrusted_WithBothFingerprints_AndNothingWritten()
    {
        await Harness.ResetAsync(CancellationToken.None);
        var wrong = string.Join(':', Enumerable.Repeat("AB", 32));

        var result = await RunAsync(Harness.Target with { Trust = new PeerTrust { CertificateFingerprints = [wrong] } });

        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        var text = string.Join(" ", result.Diagnostics.Select(d => d.Summary + " " + d.Detail));
        Assert.Contains(wrong, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Harness.LabDevice.CertificateSha256!, text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task WrongCredentials_IsAuthFailed_WithoutThePassword_AndNothingWritten()
    {
        await Harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(Harness.WrongCredentialsTarget);

        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.DoesNotContain(result.Diagnostics, d => (d.Summary + d.Detail).Contains("not-the-password", StringComparison.Ordinal));
        Assert.Empty(Writes);
    }

    private Task<DeviceResult> RunAsync(DeviceTarget target) =>
        new DeviceEngine(new DriverCatalog([Harness.Driver]), Harness.Secrets, new SecretRedactor(), Harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, RunMode.Apply, CancellationToken.None);
}
