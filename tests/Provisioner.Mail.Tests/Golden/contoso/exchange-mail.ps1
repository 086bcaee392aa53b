# Exchange Management Shell script: relay ranges, mail contacts, distribution groups
# Rendered by Provisioner - do not edit: change the inventory and render again.
# Inventory: inventory/examples/contoso
# Commit:    c0ffee0000000000000000000000000000c0ffee
# Rendered:  2026-11-30T12:00:00Z

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

# ---- Desired state, from the inventory ----
$RelayRanges = @(
    '10.6.0.0/16'
    '10.8.0.0/16'
)

$MailContacts = @(
    @{ Name = '2695555555@vtext.com'; Alias = '2695555555.vtext.com'; Address = '2695555555@vtext.com' }
    @{ Name = '2125550147@vtext.com'; Alias = '2125550147.vtext.com'; Address = '2125550147@vtext.com' }
)

$DistributionGroups = @(
    @{ Name = 'alerts'; Address = 'alerts@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'it-team@contoso.com')
       External = @() }
    @{ Name = 'alerts-environment'; Address = 'alerts-environment@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'it-team@contoso.com', 'facilities@contoso.com')
       External = @() }
    @{ Name = 'alerts-power'; Address = 'alerts-power@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'it-team@contoso.com', 'facilities@contoso.com')
       External = @() }
    @{ Name = 'alerts-systems'; Address = 'alerts-systems@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'it-team@contoso.com')
       External = @() }
    @{ Name = 'alerts-storage'; Address = 'alerts-storage@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'storage-admins@contoso.com')
       External = @() }
    @{ Name = 'alerts-critical'; Address = 'alerts-critical@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'it-manager@contoso.com')
       External = @('2695555555@vtext.com') }
    @{ Name = 'alerts-newyork'; Address = 'alerts-newyork@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'ny-it@contoso.com')
       External = @() }
    @{ Name = 'alerts-newyork-environment'; Address = 'alerts-newyork-environment@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'ny-it@contoso.com', 'ny-facilities@contoso.com')
       External = @() }
    @{ Name = 'alerts-newyork-power'; Address = 'alerts-newyork-power@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'ny-it@contoso.com', 'ny-facilities@contoso.com')
       External = @() }
    @{ Name = 'alerts-newyork-systems'; Address = 'alerts-newyork-systems@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'ny-it@contoso.com')
       External = @() }
    @{ Name = 'alerts-newyork-storage'; Address = 'alerts-newyork-storage@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'ny-it@contoso.com')
       External = @() }
    @{ Name = 'alerts-newyork-critical'; Address = 'alerts-newyork-critical@contoso.com'; Hidden = $true
       Members = @('administrator@contoso.com', 'ny-it-manager@contoso.com')
       External = @('2125550147@vtext.com') }
)

# ---- Logic (fixed; only the data above comes from the inventory) ----

function New-ChangeRecord([string] $Action, [string] $Target, [string] $Detail) {
    [pscustomobject]@{ Action = $Action; Target = $Target; Detail = $Detail }
}

$placement = @{}
if ($OrganizationalUnit) { $placement.OrganizationalUnit = $OrganizationalUnit }
$manager = @{}
if ($BypassSecurityGroupManagerCheck) { $manager.BypassSecurityGroupManagerCheck = $true }

# == Guideline "Relay Configuration", steps 1-2 ==
# EMC: Server Configuration > Hub Transport > Relay Receive Connector > Network tab,
# "Receive mail from remote servers that have these IP addresses".
# Cmdlets: Get-ReceiveConnector, Set-ReceiveConnector -RemoteIPRanges @{ Add = ... }
# (the Add form keeps every range already there).
$connectors = @(Get-ReceiveConnector -Identity $ReceiveConnector -ErrorAction SilentlyContinue)
if ($connectors.Count -eq 0) {
    throw "Receive connector '$ReceiveConnector' not found. Create the relay connector as the Exchange Server 2010 standard says, or name it with -ReceiveConnector 'SERVER\Name'."
}
if ($connectors.Count -gt 1) {
    throw "Receive connector '$ReceiveConnector' matches $($connectors.Count) connectors. Name one with -ReceiveConnector 'SERVER\Name' and run the script once per server."
}
$presentRanges = @($connectors[0].RemoteIPRanges | ForEach-Object { ([string]$_).ToLowerInvariant() })
$missingRanges = @($RelayRanges | Where-Object { $presentRanges -notcontains $_.ToLowerInvariant() })
if ($missingRanges.Count -gt 0) {
    $detail = $missingRanges -join ', '
    if ($PSCmdlet.ShouldProcess("receive connector '$ReceiveConnector'", "Add RemoteIPRanges $detail")) {
        Set-ReceiveConnector -Identity $ReceiveConnector -RemoteIPRanges @{ Add = $missingRanges }
        New-ChangeRecord 'AddRemoteIPRanges' $ReceiveConnector $detail
    }
}

# == Guideline "Relay Configuration", step 3 (checked, not changed) ==
# Relayed mail must reach external recipients: anonymous senders need the extended right
# ms-Exch-SMTP-Accept-Any-Recipient on the connector. Cmdlets: Get-ADPermission, Add-ADPermission.
if (Get-Command -Name Get-ADPermission -ErrorAction SilentlyContinue) {
    $anyRecipient = @(Get-ADPermission -Identity $ReceiveConnector -User 'NT AUTHORITY\ANONYMOUS LOGON' -ErrorAction SilentlyContinue |
        Where-Object { -not $_.Deny -and ([string]$_.ExtendedRights) -like '*Accept-Any-Recipient*' })
    if ($anyRecipient.Count -eq 0) {
        Write-Warning "Receive connector '$ReceiveConnector' does not let anonymous senders relay to external recipients (SMS gateways). Per the Exchange Server 2010 standard: Add-ADPermission -Identity '$ReceiveConnector' -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Accept-Any-Recipient'"
    }
}

# == Guideline "Mail Contacts", steps 1-5 ==
# EMC: Recipient Configuration > Mail Contact. Step 2 New-MailContact (alias, external address);
# step 3 Set-MailContact -HiddenFromAddressListsEnabled $true; step 4 Set-MailContact
# -EmailAddressPolicyEnabled $false -EmailAddresses (only the external address). Get-MailContact reads.
foreach ($contact in $MailContacts) {
    $existing = Get-MailContact -Identity $contact.Address -ErrorAction SilentlyContinue
    if ($null -eq $existing) {
        if (-not $PSCmdlet.ShouldProcess("mail contact '$($contact.Address)'", 'Create')) { continue }
        $existing = New-MailContact -Name $contact.Name -Alias $contact.Alias -ExternalEmailAddress "SMTP:$($contact.Address)" @placement
        New-ChangeRecord 'NewMailContact' $contact.Address $contact.Alias
    }
    $addresses = @($existing.EmailAddresses | ForEach-Object { [string]$_ })
    $smtpAddresses = @($addresses | Where-Object { $_ -like 'smtp:*' })
    $onlyExternal = $smtpAddresses.Count -eq 1 -and $smtpAddresses[0] -ieq "smtp:$($contact.Address)"
    if ($existing.EmailAddressPolicyEnabled -or -not $existing.HiddenFromAddressListsEnabled -or -not $onlyExternal) {
        $keep = @($addresses | Where-Object { $_ -notlike 'smtp:*' })
        if ($PSCmdlet.ShouldProcess("mail contact '$($contact.Address)'", 'Hide from address lists, turn off the e-mail address policy, keep only the external SMTP address')) {
            Set-MailContact -Identity $contact.Address -HiddenFromAddressListsEnabled $true -EmailAddressPolicyEnabled $false -EmailAddresses (@("SMTP:$($contact.Address)") + $keep)
            New-ChangeRecord 'SetMailContact' $contact.Address 'hidden, policy off, only the external address'
        }
    }
}

# == Guideline "Distribution Groups", steps 1-6 ==
# EMC: Recipient Configuration > Distribution Group. Step 2 New-DistributionGroup (name and alias);
# step 3 Set-DistributionGroup -HiddenFromAddressListsEnabled; step 4 Set-DistributionGroup
# -RequireSenderAuthenticationEnabled $false; step 5 Add-DistributionGroupMember (the shared
# mailbox and the recipients), Remove-DistributionGroupMember with -Prune; Get-DistributionGroup
# and Get-DistributionGroupMember read.
foreach ($group in $DistributionGroups) {
    $wanted = @($group.Members) + @($group.External)
    $existing = Get-DistributionGroup -Identity $group.Address -ErrorAction SilentlyContinue
    $created = $false
    if ($null -eq $existing) {
        if ($PSCmdlet.ShouldProcess("distribution group '$($group.Address)'", 'Create')) {
            $existing = New-DistributionGroup -Name $group.Name -Alias $group.Name -PrimarySmtpAddress $group.Address -Type 'Distribution' @placement
            $created = $true
            New-ChangeRecord 'NewDistributionGroup' $group.Address $group.Name
        }
    }
    if ($null -ne $existing -and ($existing.HiddenFromAddressListsEnabled -ne $group.Hidden -or $existing.RequireSenderAuthenticationEnabled)) {
        if ($PSCmdlet.ShouldProcess("distribution group '$($group.Address)'", "Set hidden from address lists to $($group.Hidden), accept unauthenticated senders")) {
            Set-DistributionGroup -Identity $group.Address -HiddenFromAddressListsEnabled $group.Hidden -RequireSenderAuthenticationEnabled $false @manager
            New-ChangeRecord 'SetDistributionGroup' $group.Address "hidden $($group.Hidden), unauthenticated senders accepted"
        }
    }
    $present = @()
    if ($null -ne $existing -and -not $created) {
        $present = @(Get-DistributionGroupMember -Identity $group.Address -ResultSize Unlimited |
            ForEach-Object { ([string]$_.PrimarySmtpAddress).ToLowerInvariant() })
    }
    foreach ($member in $wanted) {
        if ($present -notcontains $member.ToLowerInvariant()) {
            if ($PSCmdlet.ShouldProcess("distribution group '$($group.Address)'", "Add member $member")) {
                Add-DistributionGroupMember -Identity $group.Address -Member $member @manager
                New-ChangeRecord 'AddDistributionGroupMember' $group.Address $member
            }
        }
    }
    if ($Prune) {
        $wantedLower = @($wanted | ForEach-Object { $_.ToLowerInvariant() })
        foreach ($extra in @($present | Where-Object { $wantedLower -notcontains $_ })) {
            if ($PSCmdlet.ShouldProcess("distribution group '$($group.Address)'", "Remove member $extra")) {
                Remove-DistributionGroupMember -Identity $group.Address -Member $extra -Confirm:$false @manager
                New-ChangeRecord 'RemoveDistributionGroupMember' $group.Address $extra
            }
        }
    }
}
