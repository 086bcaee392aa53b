namespace Provisioner.Inventory;

/// <summary>What a device is; drivers are written per kind and vendor.</summary>
public enum DeviceKind
{
    /// <summary>A UPS with a network card (<c>ups</c>).</summary>
    Ups = 0,

    /// <summary>A managed power strip (<c>pdu</c>).</summary>
    Pdu = 1,

    /// <summary>An environment sensor (<c>sensor</c>).</summary>
    Sensor = 2,

    /// <summary>SAN equipment (<c>san</c>).</summary>
    San = 3,

    /// <summary>A NAS device (<c>nas</c>).</summary>
    Nas = 4,

    /// <summary>A server's baseboard management controller (<c>bmc</c>).</summary>
    Bmc = 5,

    /// <summary>A server-based application such as a backup server (<c>application</c>).</summary>
    Application = 6,

    /// <summary>A DC power plant controller (<c>dc-power</c>).</summary>
    DcPower = 7,
}
