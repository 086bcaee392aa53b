using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Provisioner.Lab.Devices;

namespace Provisioner.Lab.Http;

/// <summary>
/// One simulated HTTPS device on the lab's HTTPS server: its model, the certificate it presents (replaceable,
/// the "certificate changed" fault) and the socket-level faults applied before the model sees a request:
/// latency, silence, dropped requests and a reset in the middle of a write.
/// </summary>
public sealed class LabHttpsBinding : IDisposable
{
    private readonly string deviceName;
    private readonly IPAddress address;
    private readonly TimeProvider time;
    private X509Certificate2 certificate;
    private long rebootingUntil;
    private long requests;
    private long connections;

    internal LabHttpsBinding(string deviceName, IHttpSimulatedDevice model, IPEndPoint endpoint, TimeProvider time)
    {
        this.deviceName = deviceName;
        address = endpoint.Address;
        this.time = time;
        Model = model;
        RequestedEndpoint = endpoint;
        certificate = LabCertificate.Create(deviceName, address, time);
    }

    /// <summary>The device's model.</summary>
    public IHttpSimulatedDevice Model { get; }

    /// <summary>The certificate presented in every handshake from now on.</summary>
    public X509Certificate2 Certificate => Volatile.Read(ref certificate);

    /// <summary>The SHA-256 fingerprint of <see cref="Certificate"/>.</summary>
    public string Fingerprint => LabCertificate.Fingerprint(Certificate);

    /// <summary>How many requests reached the device (before faults).</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>How many connections (TLS handshakes) the device accepted.</summary>
    public long Connections => Interlocked.Read(ref connections);

    /// <summary>The endpoint asked for (port 0 for an ephemeral one).</summary>
    internal IPEndPoint RequestedEndpoint { get; }

    /// <summary>
    /// Replaces the certificate with a fresh one (a device whose certificate was regenerated, or a machine
    /// in the middle): new connections present it at once.
    /// </summary>
    /// <returns>The new fingerprint.</returns>
    public string ReplaceCertificate()
    {
        var old = Interlocked.Exchange(ref certificate, LabCertificate.Create(deviceName, address, time));
        old.Dispose();
        return Fingerprint;
    }

    /// <inheritdoc/>
    public void Dispose() => Certificate.Dispose();

    /// <summary>Counts a new connection.</summary>
    internal void CountConnection() => Interlocked.Increment(ref connections);

    /// <summary>Serves one request: faults first, then the model.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="labStopping">Cancelled when the lab stops.</param>
    /// <returns>A task that completes when the answer is written (or the connection dropped).</returns>
    internal async Task ServeAsync(HttpContext context, CancellationToken labStopping)
    {
        Interlocked.Increment(ref requests);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, labStopping);
        var token = linked.Token;
        var faults = Model.Faults;
        try
        {
            if (time.GetTimestamp() < Interlocked.Read(ref rebootingUntil))
            {
                context.Abort();
                return;
            }

            if (faults.Silent || (faults.PacketLoss > 0 && Random.Shared.NextDouble() < faults.PacketLoss))
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token).ConfigureAwait(false);
            }

            if (faults.Latency > TimeSpan.Zero)
            {
                await Task.Delay(faults.Latency, time, token).ConfigureAwait(false);
            }

            if (context.WebSockets.IsWebSocketRequest)
            {
                await ServeWebSocketAsync(context, token).ConfigureAwait(false);
                return;
            }

            var request = await ReadAsync(context.Request, token).ConfigureAwait(false);
            var response = await Model.HandleAsync(request, token).ConfigureAwait(false);
            if (request.IsWrite && faults.ResetOnNextSet)
            {
                faults.ResetOnNextSet = false;
                Interlocked.Exchange(ref rebootingUntil, time.GetTimestamp() + (long)(faults.RebootDuration.TotalSeconds * time.TimestampFrequency));
                context.Abort();
                return;
            }

            await WriteAsync(context.Response, response, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    private async Task ServeWebSocketAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value ?? "/";
        if (Model is not IWebSocketSimulatedDevice device || !device.AcceptsWebSocket(path))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var upgrade = new LabHttpRequest("GET", path, context.Request.QueryString.Value ?? string.Empty, headers, string.Empty);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await device.ServeWebSocketAsync(upgrade, socket, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<LabHttpRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new LabHttpRequest(request.Method.ToUpperInvariant(), request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty, headers, body);
    }

    private static async Task WriteAsync(HttpResponse response, LabHttpResponse answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        if (answer.ContentType is { } type)
        {
            response.ContentType = type;
        }

        if (answer.Body.Length > 0)
        {
            await response.WriteAsync(answer.Body, cancellationToken).ConfigureAwait(false);
        }
    }
}
