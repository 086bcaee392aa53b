# Stand-ins for the Windows DnsServer module cmdlets the rendered smtp-cname.ps1 calls. They
# hold one zone's records and record every change; they do NOT honour -WhatIf on purpose.

function Reset-DnsStandIn {
    param([string] $ZoneName = 'contoso.com')
    $global:DnsZone = $ZoneName
    $global:DnsRecords = [System.Collections.Generic.List[object]]::new()
    $global:StandInChanges = [System.Collections.Generic.List[string]]::new()
}

function New-DnsStandInRecord([string] $Name, [string] $Type, [string] $Data) {
    $recordData = if ($Type -eq 'CNAME') { [pscustomobject]@{ HostNameAlias = $Data } } else { [pscustomobject]@{ IPv4Address = $Data } }
    $record = [pscustomobject]@{ HostName = $Name; RecordType = $Type; RecordData = $recordData }
    $record | Add-Member -MemberType ScriptMethod -Name Clone -Value {
        New-DnsStandInRecord $this.HostName $this.RecordType ($this.RecordData.PSObject.Properties | Select-Object -First 1).Value
    }
    $record
}

function Add-DnsStandInRecord([string] $Name, [string] $Type, [string] $Data) {
    $global:DnsRecords.Add((New-DnsStandInRecord $Name $Type $Data))
}

function Get-DnsServerResourceRecord {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $ZoneName, [string] $Name, [string] $ComputerName)
    if ($ZoneName -ne $global:DnsZone) { Write-Error "The zone $ZoneName was not found on server."; return }
    $found = @($global:DnsRecords | Where-Object { $_.HostName -ieq $Name })
    if ($found.Count -eq 0) { Write-Error "Failed to get $Name record in $ZoneName zone on server."; return }
    $found
}

function Add-DnsServerResourceRecordCName {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $ZoneName, [Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] [string] $HostNameAlias, [string] $ComputerName)
    if (@($global:DnsRecords | Where-Object { $_.HostName -ieq $Name }).Count -gt 0) { throw "Failed to create resource record $Name in zone $($ZoneName): it already exists." }
    Add-DnsStandInRecord $Name 'CNAME' $HostNameAlias
    $global:StandInChanges.Add("Add-DnsServerResourceRecordCName $ZoneName $Name $HostNameAlias")
}

function Set-DnsServerResourceRecord {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $ZoneName, [Parameter(Mandatory)] [object] $OldInputObject, [Parameter(Mandatory)] [object] $NewInputObject, [string] $ComputerName)
    $index = $global:DnsRecords.IndexOf($OldInputObject)
    if ($index -lt 0) {
        $index = @(0..($global:DnsRecords.Count - 1) | Where-Object {
            $global:DnsRecords[$_].HostName -ieq $OldInputObject.HostName -and $global:DnsRecords[$_].RecordType -eq $OldInputObject.RecordType })[0]
    }
    $global:DnsRecords[$index] = $NewInputObject
    $global:StandInChanges.Add("Set-DnsServerResourceRecord $ZoneName $($NewInputObject.HostName) $($NewInputObject.RecordData.HostNameAlias)")
}

function Get-DnsStandInState {
    $global:DnsRecords | ForEach-Object { "$($_.HostName) $($_.RecordType) $(($_.RecordData.PSObject.Properties | Select-Object -First 1).Value)" } | Sort-Object
}
