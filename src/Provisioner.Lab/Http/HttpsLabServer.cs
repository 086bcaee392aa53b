using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;
using Provisioner.Lab.Network;

namespace Provisioner.Lab.Http;

/// <summary>
/// The lab's one HTTPS server (Kestrel from the ASP.NET Core shared framework): a listener per simulated
/// device on that device's loopback endpoint, each presenting the device's own certificate, each request
/// handed to the device the connection came in on. One server for all devices keeps a lab of a thousand
/// HTTPS devices cheap. Dispose to stop it.
/// </summary>
public sealed class HttpsLabServer : IAsyncDisposable
{
    private const string BindingKey = "provisioner.lab.binding";
    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();
    private readonly IReadOnlyList<LabHttpsBinding> bindings;

    private HttpsLabServer(WebApplication app, IReadOnlyList<LabHttpsBinding> bindings)
    {
        this.app = app;
        this.bindings = bindings;
    }

    /// <summary>Starts listening for every binding.</summary>
    /// <param name="bindings">The devices, each with the endpoint it asks for (port 0 for an ephemeral one).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The server and the endpoint each binding got, in binding order.</returns>
    /// <exception cref="LabNetworkException">An endpoint could not be bound.</exception>
    public static async Task<(HttpsLabServer Server, IReadOnlyList<IPEndPoint> Endpoints)> StartAsync(IReadOnlyList<LabHttpsBinding> bindings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var listens = new List<ListenOptions>(bindings.Count);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = 1024 * 1024;
            foreach (var binding in bindings)
            {
                LoopbackGuard.Ensure(binding.RequestedEndpoint.Address, "lab HTTPS device");
                options.Listen(binding.RequestedEndpoint, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1;
                    listen.Use(next => connection =>
                    {
                        connection.Items[BindingKey] = binding;
                        binding.CountConnection();
                        return next(connection);
                    });
                    listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificateSelector = (_, _) => binding.Certificate });
                    listens.Add(listen);
                });
            }
        });
        var app = builder.Build();
        var server = new HttpsLabServer(app, bindings);
        app.UseWebSockets();
        app.Run(context =>
        {
            var items = context.Features.Get<IConnectionItemsFeature>()?.Items;
            return items is not null && items.TryGetValue(BindingKey, out var value) && value is LabHttpsBinding binding
                ? binding.ServeAsync(context, server.stopping.Token)
                : Task.CompletedTask;
        });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new LabNetworkException($"The lab could not bind its HTTPS endpoints: {ex.Message}", ex);
        }

        return (server, [.. listens.Select(l => l.IPEndPoint ?? throw new LabNetworkException("Kestrel did not report a bound endpoint."))]);
    }

    /// <summary>Whether <paramref name="port"/> can be bound on <paramref name="address"/> now (e.g. 443 needs privileges).</summary>
    /// <param name="address">The loopback address.</param>
    /// <param name="port">The port.</param>
    /// <returns>True when a TCP listener could bind it.</returns>
    public static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops listening, ends requests in flight, and frees the certificates.</summary>
    /// <returns>A task that completes when every socket is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await app.DisposeAsync().ConfigureAwait(false);
        stopping.Dispose();
        foreach (var binding in bindings)
        {
            binding.Dispose();
        }
    }
}
