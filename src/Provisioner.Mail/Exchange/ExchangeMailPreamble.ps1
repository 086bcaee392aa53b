
<#
.SYNOPSIS
    Configures Exchange (2010 and later) for device alert e-mail as the SMTP notification
    guideline says: relay ranges, mail contacts for external recipients, distribution groups.

.DESCRIPTION
    Run in the Exchange Management Shell. Every step reads first and changes only what differs,
    so running the script again changes nothing. Use -WhatIf to see what it would change.
    Output: one object per change (Action, Target, Detail); nothing when all was in place.

.PARAMETER ReceiveConnector
    The relay receive connector (the guideline's "Relay Receive Connector"). Use 'SERVER\Name'
    when several servers have a connector of that name.

.PARAMETER OrganizationalUnit
    Where new mail contacts and distribution groups are created; Exchange's default when empty.

.PARAMETER Prune
    Also remove group members the inventory does not list. Without it, extra members stay.

.PARAMETER BypassSecurityGroupManagerCheck
    Change groups you do not manage (ManagedBy) as an Organization Management member; passed to
    Set-DistributionGroup, Add-DistributionGroupMember and Remove-DistributionGroupMember.

.EXAMPLE
    .\exchange-mail.ps1 -WhatIf

.EXAMPLE
    .\exchange-mail.ps1 -ReceiveConnector 'MAIL01\Relay' -Prune
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $ReceiveConnector = 'Relay',
    [string] $OrganizationalUnit = '',
    [switch] $Prune,
    [switch] $BypassSecurityGroupManagerCheck
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

