using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices;

/// <summary>
/// A simulated device that speaks HTTPS (REST or JSON-RPC): the lab's HTTPS server has already applied the
/// socket-level faults (latency, silence, reset) and hands each request to <see cref="HandleAsync"/>.
/// </summary>
public interface IHttpSimulatedDevice : ISimulatedDevice
{
    /// <summary>Every write the device received since the last <see cref="LabHttpWriteLog.Clear"/>, including rejected and lost ones.</summary>
    LabHttpWriteLog WriteLog { get; }

    /// <summary>Answers one request as the firmware would.</summary>
    /// <param name="request">The request, body read in full.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the lab stops.</param>
    /// <returns>The answer.</returns>
    ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken);

    /// <summary>The device's stored configuration as text lines (one JSON document per line), for <c>lab up</c>'s saved state.</summary>
    /// <returns>The lines.</returns>
    IReadOnlyList<string> ExportState();

    /// <summary>Replaces the stored configuration with lines from <see cref="ExportState"/>.</summary>
    /// <param name="lines">The lines.</param>
    /// <exception cref="FormatException">A line is not this model's state.</exception>
    void ImportState(IReadOnlyList<string> lines);
}
