namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// xunit class fixture: one snmpd per test class, configured with every row of
/// <see cref="InteropMatrix.All"/>, stopped when the class is done.
/// </summary>
public sealed class SnmpdFixture : IAsyncLifetime
{
    private SnmpdInstance? instance;

    /// <summary>The running snmpd.</summary>
    internal SnmpdInstance Snmpd => instance ?? throw new InvalidOperationException("snmpd has not been started.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => instance = await SnmpdInstance.StartAsync(InteropMatrix.All, CancellationToken.None);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (instance is not null)
        {
            await instance.DisposeAsync();
        }
    }
}
