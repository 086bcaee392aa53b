namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>The TrueNAS releases the lab model answers as; they differ in API generation and alert-service shape.</summary>
public enum TrueNasLabFirmware
{
    /// <summary>SCALE 25.04: REST <c>/api/v2.0/</c>, alert services with a top-level <c>type</c>, <c>mail.send</c> REST body <c>mail_message</c>, job result <c>true</c>.</summary>
    Scale2504 = 0,

    /// <summary>SCALE 25.10: REST <c>/api/v2.0/</c>, <c>type</c> inside <c>attributes</c>, <c>mail.send</c> REST body <c>message</c>, job result <c>true</c>.</summary>
    Scale2510 = 1,

    /// <summary>26.04: REST removed (404), JSON-RPC 2.0 over <c>wss://…/api/current</c>, <c>type</c> inside <c>attributes</c>, job result <c>null</c>.</summary>
    Scale2604 = 2,
}
