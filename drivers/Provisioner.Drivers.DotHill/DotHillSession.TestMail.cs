using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>The test mail: <see cref="DotHillAssumptions.TestEmail"/>, which the array sends through its configured relay.</summary>
internal sealed partial class DotHillSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test e-mail");
        var command = DotHillAssumptions.TestEmail;
        var response = await cli.RunAsync(command, command, request.WaitForResult, cancellationToken).ConfigureAwait(false);
        return response.Succeeded
            ? new TestMessageResponse { Sent = true, DeviceResult = response.Message }
            : new TestMessageResponse
            {
                Sent = false,
                DeviceResult = response.Message,
                Diagnostics = [Diagnostic.Error("dothill.testFailed", "The array did not send the test e-mail", $"`{command}` answered Error: {response.Message}. Check the relay, the recipients and that e-mail notification is enabled; or use {DotHillDescriptors.TestMailHint}.") with { Device = device }],
            };
    }
}
