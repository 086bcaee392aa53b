using System.Text.Json.Nodes;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Tests.Http;

/// <summary>A minimal HTTPS model for the server's own tests: GET answers the stored text, PUT replaces it.</summary>
internal sealed class EchoHttpDevice : IHttpSimulatedDevice
{
    private string text = "initial";

    public DeviceFaults Faults { get; } = new();

    public LabHttpWriteLog WriteLog { get; } = new();

    public string Text => text;

    public Task WhenIdleAsync() => Task.CompletedTask;

    public ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.Method == "PUT")
        {
            text = request.Body;
            WriteLog.Add(new LabHttpWrite(DateTimeOffset.UtcNow, "text", request.Body, true));
            return ValueTask.FromResult(LabHttpResponse.Empty(204));
        }

        return ValueTask.FromResult(LabHttpResponse.Json(200, new JsonObject { ["text"] = text, ["path"] = request.Path }).WithHeader("ETag", "\"1\""));
    }

    public IReadOnlyList<string> ExportState() => [text];

    public void ImportState(IReadOnlyList<string> lines) => text = lines.Single();
}
