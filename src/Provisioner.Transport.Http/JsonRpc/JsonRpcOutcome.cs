namespace Provisioner.Transport.Http.JsonRpc;

/// <summary>What a JSON-RPC call answered: a <see cref="JsonRpcResult"/> or a <see cref="JsonRpcError"/>.</summary>
/// <param name="Operation">The call, e.g. <c>/smtp getConfiguration</c>, for messages.</param>
public abstract record JsonRpcOutcome(string Operation);
