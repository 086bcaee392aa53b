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
