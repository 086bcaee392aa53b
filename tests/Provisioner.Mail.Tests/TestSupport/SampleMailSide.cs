using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Mail.Tests;

/// <summary>A small Contoso-like mail side for unit tests; the golden tests use the real example inventory.</summary>
internal static class SampleMailSide
{
    public static readonly InventoryOrigin Origin = new("inventory/test", "0123456789abcdef0123456789abcdef01234567", false);

    public static MailSide Create() => new()
    {
        Domain = "contoso.com",
        SharedMailbox = "administrator@contoso.com",
        Origin = Origin,
        Relay = new MailRelay
        {
            Address = "10.6.0.25",
            Hostname = "mail01.contoso.com",
            AllowedRanges = [IPNetwork.Parse("10.6.0.0/16"), IPNetwork.Parse("10.8.0.0/16")],
            Source = new SourceLocation("org.yaml", 5, 1),
        },
        Groups =
        [
            new MailGroup
            {
                Name = "alerts", Address = "alerts@contoso.com",
                Members = ["administrator@contoso.com", "it-team@contoso.com"],
                Source = new SourceLocation("org.yaml", 20, 3),
            },
            new MailGroup
            {
                Name = "alerts-power", Address = "alerts-power@contoso.com",
                Members = ["administrator@contoso.com", "facilities@contoso.com"],
                Source = new SourceLocation("org.yaml", 22, 3),
            },
            new MailGroup
            {
                Name = "alerts-critical", Address = "alerts-critical@contoso.com",
                Members = ["administrator@contoso.com"], External = ["2695555555@vtext.com"], Critical = true,
                Source = new SourceLocation("org.yaml", 24, 3),
            },
        ],
        Devices =
        [
            new MailDevice
            {
                Name = "UPS-NY-01", Site = "newyork", Category = "power", Address = "10.6.10.11",
                FromAddress = "ups-ny-01@contoso.com", RelayAddress = "10.6.0.25",
                Recipients = ["alerts-power@contoso.com", "alerts-critical@contoso.com"],
                Source = new SourceLocation("sites/newyork.yaml", 8, 9),
                AddressSource = new SourceLocation("sites/newyork.yaml", 12, 18),
            },
        ],
    };

    /// <summary>The mailboxes that exist in the stand-in Exchange organisation.</summary>
    public static readonly string[] Mailboxes = ["administrator@contoso.com", "it-team@contoso.com", "facilities@contoso.com", "ops@contoso.com"];
}
