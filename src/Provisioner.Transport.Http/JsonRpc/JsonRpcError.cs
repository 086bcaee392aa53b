namespace Provisioner.Transport.Http.JsonRpc;

/// <summary>
/// A call answered with <c>{"error":{"code":N,"message":"…"}}</c>: the device did not run the method (unknown
/// method or resource, malformed parameters, internal failure). The message is device text with the client's
/// secrets scrubbed.
/// </summary>
/// <param name="Operation">The call, for messages.</param>
/// <param name="Code">The error code.</param>
/// <param name="Message">The device's message, secrets scrubbed.</param>
public sealed record JsonRpcError(string Operation, int Code, string Message) : JsonRpcOutcome(Operation)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Operation} failed with JSON-RPC error {Code}: {Message}";
}
