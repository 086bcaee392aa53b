namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>Which of TrueNAS's two management APIs a device answers.</summary>
internal enum ApiGeneration
{
    /// <summary>REST <c>/api/v2.0/</c> with <c>Authorization: Bearer &lt;API key&gt;</c>: CORE and SCALE up to 25.10.</summary>
    Rest = 0,

    /// <summary>JSON-RPC 2.0 over the WebSocket <c>wss://…/api/current</c>: 26.04 and later, where REST is removed.</summary>
    WebSocket = 1,
}
