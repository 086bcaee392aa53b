# Windows DNS Server PowerShell: the smtp CNAME for the relay
# Rendered by Provisioner - do not edit: change the inventory and render again.
# Inventory: inventory/examples/contoso
# Commit:    c0ffee0000000000000000000000000000c0ffee
# Rendered:  2026-11-30T12:00:00Z

<#
.SYNOPSIS
    Creates the guideline's DNS CNAME "smtp" pointing at the preferred SMTP server.

.DESCRIPTION
    Run on (or against, with -ComputerName) a Windows DNS server with the DnsServer module.
    Reads first: does nothing when the record is already right, replaces the target of an existing
    smtp CNAME, and stops when other records already use the name. Supports -WhatIf.

.PARAMETER ZoneName
    The internal DNS zone; the inventory's mail domain by default.

.PARAMETER ComputerName
    The DNS server to change; the local one when empty.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $ZoneName = 'contoso.com',
    [string] $ComputerName = ''
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

# ---- Desired state, from the inventory ----
$RecordName = 'smtp'
$TargetName = 'mail01.contoso.com.'

# ---- Logic (fixed) ----
$server = @{}
if ($ComputerName) { $server.ComputerName = $ComputerName }

$records = @(Get-DnsServerResourceRecord -ZoneName $ZoneName -Name $RecordName @server -ErrorAction SilentlyContinue)
$others = @($records | Where-Object { $_.RecordType -ne 'CNAME' })
if ($others.Count -gt 0) {
    $types = ($others | ForEach-Object { $_.RecordType } | Sort-Object -Unique) -join ', '
    throw "'$RecordName.$ZoneName' already has $types records; a CNAME cannot sit beside them. Remove them, then run this script again."
}
$cnames = @($records | Where-Object { $_.RecordType -eq 'CNAME' })
if ($cnames.Count -eq 0) {
    if ($PSCmdlet.ShouldProcess("zone '$ZoneName'", "Add CNAME $RecordName -> $TargetName")) {
        Add-DnsServerResourceRecordCName -ZoneName $ZoneName -Name $RecordName -HostNameAlias $TargetName @server
        [pscustomobject]@{ Action = 'AddCName'; Target = "$RecordName.$ZoneName"; Detail = $TargetName }
    }
    return
}
$current = [string]$cnames[0].RecordData.HostNameAlias
if ($current.TrimEnd('.') -ieq $TargetName.TrimEnd('.')) {
    return
}
if ($PSCmdlet.ShouldProcess("zone '$ZoneName'", "Change CNAME $RecordName from $current to $TargetName")) {
    $updated = $cnames[0].Clone()
    $updated.RecordData.HostNameAlias = $TargetName
    Set-DnsServerResourceRecord -ZoneName $ZoneName -OldInputObject $cnames[0] -NewInputObject $updated @server
    [pscustomobject]@{ Action = 'SetCName'; Target = "$RecordName.$ZoneName"; Detail = "$current -> $TargetName" }
}
