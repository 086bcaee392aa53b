
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
    [string] $ZoneName = {{ZONE}},
    [string] $ComputerName = ''
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

