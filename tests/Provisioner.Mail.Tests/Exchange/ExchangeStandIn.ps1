# Stand-ins for the Exchange Management Shell cmdlets the rendered script calls. They keep the
# organisation's state in hashtables and record every call that changes it. They deliberately do
# NOT honour -WhatIf: a script that changes something outside ShouldProcess shows up as a change.

function Reset-ExchangeStandIn {
    param(
        [string[]] $Mailboxes = @(),
        [string] $ConnectorName = 'Relay',
        [string[]] $ExistingRanges = @(),
        [switch] $AnonymousRelay
    )
    $global:ExchangeState = @{
        Domain     = 'contoso.com'
        Mailboxes  = [System.Collections.Generic.HashSet[string]]::new([string[]]@($Mailboxes | ForEach-Object { $_.ToLowerInvariant() }))
        Connectors = @{ $ConnectorName = [System.Collections.Generic.List[string]]::new([string[]]$ExistingRanges) }
        Anonymous  = [bool]$AnonymousRelay
        Contacts   = @{}
        Groups     = @{}
        Members    = @{}
    }
    $global:StandInChanges = [System.Collections.Generic.List[string]]::new()
}

function Add-StandInChange([string] $Line) { $global:StandInChanges.Add($Line) }

function Find-StandInContact([string] $Identity) {
    $global:ExchangeState.Contacts.Values | Where-Object {
        $_.Address -ieq $Identity -or $_.Name -ieq $Identity -or $_.Alias -ieq $Identity } | Select-Object -First 1
}

function Find-StandInGroup([string] $Identity) {
    $global:ExchangeState.Groups.Values | Where-Object {
        $_.PrimarySmtpAddress -ieq $Identity -or $_.Name -ieq $Identity -or $_.Alias -ieq $Identity } | Select-Object -First 1
}

function Resolve-StandInRecipient([string] $Identity) {
    $lower = $Identity.ToLowerInvariant()
    if ($global:ExchangeState.Mailboxes.Contains($lower)) { return $lower }
    $contact = Find-StandInContact $Identity
    if ($null -ne $contact) { return $contact.Address.ToLowerInvariant() }
    $group = Find-StandInGroup $Identity
    if ($null -ne $group) { return $group.PrimarySmtpAddress.ToLowerInvariant() }
    return $null
}

function Get-ReceiveConnector {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity)
    $name = ($Identity -split '\\')[-1]
    if (-not $global:ExchangeState.Connectors.ContainsKey($name)) {
        Write-Error "The operation couldn't be performed because object '$Identity' couldn't be found."
        return
    }
    [pscustomobject]@{ Identity = "MAIL01\$name"; Name = $name; RemoteIPRanges = @($global:ExchangeState.Connectors[$name]) }
}

function Set-ReceiveConnector {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity, [object] $RemoteIPRanges)
    $name = ($Identity -split '\\')[-1]
    $ranges = $global:ExchangeState.Connectors[$name]
    if ($RemoteIPRanges -is [hashtable]) {
        foreach ($range in @($RemoteIPRanges['Add'])) {
            if ($null -eq $range) { continue }
            if ($ranges -contains $range) { throw "The value '$range' is already present in the collection." }
            $ranges.Add([string]$range)
        }
        foreach ($range in @($RemoteIPRanges['Remove'])) { if ($null -ne $range) { [void]$ranges.Remove([string]$range) } }
        Add-StandInChange "Set-ReceiveConnector $name Add=$(@($RemoteIPRanges['Add']) -join ',')"
    }
    else {
        $ranges.Clear()
        foreach ($range in @($RemoteIPRanges)) { $ranges.Add([string]$range) }
        Add-StandInChange "Set-ReceiveConnector $name Replace=$(@($RemoteIPRanges) -join ',')"
    }
}

function Get-ADPermission {
    [CmdletBinding()]
    param([string] $Identity, [string] $User)
    if ($global:ExchangeState.Anonymous) {
        [pscustomobject]@{ Identity = $Identity; User = $User; Deny = $false; ExtendedRights = 'ms-Exch-SMTP-Accept-Any-Recipient' }
    }
}

function Get-MailContact {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity)
    $contact = Find-StandInContact $Identity
    if ($null -eq $contact) {
        Write-Error "The operation couldn't be performed because object '$Identity' couldn't be found."
        return
    }
    [pscustomobject]@{
        Name = $contact.Name; Alias = $contact.Alias; ExternalEmailAddress = "SMTP:$($contact.Address)"
        EmailAddresses = @($contact.EmailAddresses); EmailAddressPolicyEnabled = $contact.Policy
        HiddenFromAddressListsEnabled = $contact.Hidden
    }
}

function New-MailContact {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Name, [string] $Alias, [Parameter(Mandatory)] [string] $ExternalEmailAddress, [string] $OrganizationalUnit)
    $address = $ExternalEmailAddress -replace '^smtp:', ''
    if ($null -ne (Resolve-StandInRecipient $address)) { throw "The proxy address 'SMTP:$address' is already being used." }
    # Like Exchange with an e-mail address policy: the policy stamps a proxy address of its own.
    $global:ExchangeState.Contacts[$address.ToLowerInvariant()] = @{
        Name = $Name; Alias = $Alias; Address = $address; Policy = $true; Hidden = $false
        EmailAddresses = [string[]]@("SMTP:$address", "smtp:$Alias@$($global:ExchangeState.Domain)")
    }
    Add-StandInChange "New-MailContact $address alias=$Alias"
    Get-MailContact -Identity $address
}

# A contact created earlier by hand: visible, under the address policy, with extra proxy addresses.
function Add-StandInContact([string] $Address, [string[]] $EmailAddresses) {
    $global:ExchangeState.Contacts[$Address.ToLowerInvariant()] = @{
        Name = $Address; Alias = 'legacy'; Address = $Address; Policy = $true; Hidden = $false; EmailAddresses = $EmailAddresses }
}

function Set-MailContact {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity, [bool] $HiddenFromAddressListsEnabled, [bool] $EmailAddressPolicyEnabled, [object[]] $EmailAddresses)
    $contact = Find-StandInContact $Identity
    if ($null -eq $contact) { throw "Couldn't find object '$Identity'." }
    if ($PSBoundParameters.ContainsKey('HiddenFromAddressListsEnabled')) { $contact.Hidden = $HiddenFromAddressListsEnabled }
    if ($PSBoundParameters.ContainsKey('EmailAddressPolicyEnabled')) { $contact.Policy = $EmailAddressPolicyEnabled }
    if ($PSBoundParameters.ContainsKey('EmailAddresses')) { $contact.EmailAddresses = [string[]]@($EmailAddresses | ForEach-Object { [string]$_ }) }
    Add-StandInChange "Set-MailContact $Identity"
}

# A group someone else created and manages: changing it needs -BypassSecurityGroupManagerCheck.
function Add-StandInForeignGroup([string] $Name, [string[]] $Members = @()) {
    $key = "$Name@$($global:ExchangeState.Domain)".ToLowerInvariant()
    $global:ExchangeState.Groups[$key] = @{ Name = $Name; Alias = $Name; PrimarySmtpAddress = $key; Hidden = $true; RequireAuth = $false; Managed = $false }
    $global:ExchangeState.Members[$key] = [System.Collections.Generic.List[string]]::new([string[]]$Members)
}

function Assert-StandInManager($Group, [bool] $Bypass) {
    if (-not $Group.Managed -and -not $Bypass) {
        throw "You don't have sufficient permissions. This operation can only be performed by a manager of the group."
    }
}

function Get-DistributionGroup {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity)
    $group = Find-StandInGroup $Identity
    if ($null -eq $group) {
        Write-Error "The operation couldn't be performed because object '$Identity' couldn't be found."
        return
    }
    [pscustomobject]@{
        Name = $group.Name; Alias = $group.Alias; PrimarySmtpAddress = $group.PrimarySmtpAddress
        HiddenFromAddressListsEnabled = $group.Hidden; RequireSenderAuthenticationEnabled = $group.RequireAuth
    }
}

function New-DistributionGroup {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Name, [string] $Alias, [string] $PrimarySmtpAddress, [string] $Type, [string] $OrganizationalUnit)
    if ($null -ne (Resolve-StandInRecipient $PrimarySmtpAddress) -or $null -ne (Find-StandInGroup $Name)) {
        throw "The name '$Name' or address '$PrimarySmtpAddress' is already being used."
    }
    $key = $PrimarySmtpAddress.ToLowerInvariant()
    # Exchange's defaults for a new group: visible, authenticated senders only.
    # The creator becomes the group's manager (ManagedBy).
    $global:ExchangeState.Groups[$key] = @{ Name = $Name; Alias = $Alias; PrimarySmtpAddress = $PrimarySmtpAddress; Hidden = $false; RequireAuth = $true; Managed = $true }
    $global:ExchangeState.Members[$key] = [System.Collections.Generic.List[string]]::new()
    Add-StandInChange "New-DistributionGroup $key name=$Name"
    Get-DistributionGroup -Identity $key
}

function Set-DistributionGroup {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity, [bool] $HiddenFromAddressListsEnabled, [bool] $RequireSenderAuthenticationEnabled, [switch] $BypassSecurityGroupManagerCheck)
    $group = Find-StandInGroup $Identity
    if ($null -eq $group) { throw "Couldn't find object '$Identity'." }
    Assert-StandInManager $group $BypassSecurityGroupManagerCheck
    if ($PSBoundParameters.ContainsKey('HiddenFromAddressListsEnabled')) { $group.Hidden = $HiddenFromAddressListsEnabled }
    if ($PSBoundParameters.ContainsKey('RequireSenderAuthenticationEnabled')) { $group.RequireAuth = $RequireSenderAuthenticationEnabled }
    Add-StandInChange "Set-DistributionGroup $Identity"
}

function Get-DistributionGroupMember {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity, [object] $ResultSize)
    $group = Find-StandInGroup $Identity
    if ($null -eq $group) { throw "Couldn't find object '$Identity'." }
    foreach ($member in $global:ExchangeState.Members[$group.PrimarySmtpAddress.ToLowerInvariant()]) {
        [pscustomobject]@{ PrimarySmtpAddress = $member }
    }
}

function Add-DistributionGroupMember {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity, [Parameter(Mandatory)] [string] $Member, [switch] $BypassSecurityGroupManagerCheck)
    $group = Find-StandInGroup $Identity
    if ($null -eq $group) { throw "Couldn't find object '$Identity'." }
    Assert-StandInManager $group $BypassSecurityGroupManagerCheck
    $resolved = Resolve-StandInRecipient $Member
    if ($null -eq $resolved) { throw "Couldn't find object '$Member'. Please make sure that it was spelled correctly or specify a different object." }
    $members = $global:ExchangeState.Members[$group.PrimarySmtpAddress.ToLowerInvariant()]
    if ($members.Contains($resolved)) { throw "The recipient '$Member' is already a member of the group '$Identity'." }
    $members.Add($resolved)
    Add-StandInChange "Add-DistributionGroupMember $($group.PrimarySmtpAddress) $resolved"
}

function Remove-DistributionGroupMember {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity, [Parameter(Mandatory)] [string] $Member, [switch] $Confirm, [switch] $BypassSecurityGroupManagerCheck)
    $group = Find-StandInGroup $Identity
    if ($null -eq $group) { throw "Couldn't find object '$Identity'." }
    Assert-StandInManager $group $BypassSecurityGroupManagerCheck
    $members = $global:ExchangeState.Members[$group.PrimarySmtpAddress.ToLowerInvariant()]
    if (-not $members.Remove($Member.ToLowerInvariant())) { throw "The recipient '$Member' isn't a member of the group '$Identity'." }
    Add-StandInChange "Remove-DistributionGroupMember $($group.PrimarySmtpAddress) $($Member.ToLowerInvariant())"
}

function Get-ExchangeStandInState {
    $state = $global:ExchangeState
    $lines = [System.Collections.Generic.List[string]]::new()
    foreach ($name in ($state.Connectors.Keys | Sort-Object)) { $lines.Add("connector $name ranges=$($state.Connectors[$name] -join ',')") }
    foreach ($key in ($state.Contacts.Keys | Sort-Object)) {
        $c = $state.Contacts[$key]
        $lines.Add("contact $key name=$($c.Name) alias=$($c.Alias) hidden=$($c.Hidden) policy=$($c.Policy) addresses=$($c.EmailAddresses -join ',')")
    }
    foreach ($key in ($state.Groups.Keys | Sort-Object)) {
        $g = $state.Groups[$key]
        $lines.Add("group $key name=$($g.Name) alias=$($g.Alias) hidden=$($g.Hidden) requireAuth=$($g.RequireAuth) members=$(($state.Members[$key] | Sort-Object) -join ',')")
    }
    $lines
}
