using System.Globalization;

namespace Provisioner.Delivery.Tests.MailServers;

/// <summary>The inventory of <see cref="DeliveryRig"/>: one device per case, the Dovecot mailbox as its verification section.</summary>
internal static class RigInventory
{
    /// <summary>A device whose test alert goes through both its groups.</summary>
    public const string Delivers = "ups-ok-01";

    /// <summary>A device whose category routes to the group missing from the alias map.</summary>
    public const string GroupGap = "env-gap-02";

    /// <summary>A device pointed at a relay nothing answers at.</summary>
    public const string WrongRelay = "ups-wrong-03";

    /// <summary>A device in the sender range the relay refuses.</summary>
    public const string Refused = "refused-04";

    /// <summary>A Redfish BMC: its test event carries our token in the text.</summary>
    public const string Tokened = "bmc-token-05";

    /// <summary>An AKCP sensorProbe: its driver cannot trigger a test message.</summary>
    public const string Manual = "probe-06";

    public static string Text(int imapPort, string pin) => string.Create(CultureInfo.InvariantCulture, $$"""
        organisation:
          name: Delivery Rig
          domain: contoso.com
          shared_mailbox: administrator@contoso.com
        relay:
          address: 10.6.0.25
          port: 25
          security: none
          allowed_ranges: [10.6.0.0/16]
        defaults:
          enabled: true
          minimum_severity: warning
        groups:
          alerts:
            members: [administrator@contoso.com, it-team@contoso.com]
          alerts-power:
            members: [administrator@contoso.com, facilities@contoso.com]
          alerts-environment:
            members: [administrator@contoso.com, facilities@contoso.com]
          alerts-systems:
            members: [administrator@contoso.com, it-team@contoso.com]
          alerts-critical:
            members: [administrator@contoso.com]
            external: [2695555555@vtext.com]
        categories:
          power: [alerts-power, alerts-critical]
          environment: [alerts-environment, alerts-critical]
          systems: [alerts-systems, alerts-critical]
        credentials:
          snmp-rig:
            snmp: { version: 2c, community: env:RIG_SNMP_COMMUNITY }
          http-rig:
            http: { user: provisioner, password: env:RIG_HTTP_PW }
        verification:
          host: 127.0.0.1
          port: {{imapPort}}
          security: tls
          user: administrator@contoso.com
          password: env:RIG_IMAP_PASSWORD
          certificate_sha256: "{{pin}}"
          timeout: 20
        sites:
          plant:
            name: Plant
            separate_staff: false
            ranges: [10.6.0.0/16]
            credentials: snmp-rig
            devices:
              - { name: {{Delivers}}, kind: dc-power, category: power, driver: eaton.sc200, address: 10.6.10.11 }
              - { name: {{GroupGap}}, kind: dc-power, category: environment, driver: eaton.sc200, address: 10.6.10.12 }
              - name: {{WrongRelay}}
                kind: dc-power
                category: power
                driver: eaton.sc200
                address: 10.6.10.13
                overrides:
                  relay: { address: 10.6.0.99 }
              - { name: {{Refused}}, kind: dc-power, category: power, driver: eaton.sc200, address: 10.6.10.14 }
              - { name: {{Tokened}}, kind: bmc, category: systems, driver: redfish, address: 10.6.30.15, credentials: http-rig }
              - { name: {{Manual}}, kind: sensor, category: power, driver: akcp.sensorprobe, address: 10.6.10.16 }

        """);
}
