namespace Provisioner.Mail;

/// <summary>What <c>provisioner mail render --target</c> renders.</summary>
public enum MailTarget
{
    /// <summary>An Exchange Management Shell script (Exchange Server 2010 and later).</summary>
    Exchange = 0,

    /// <summary>Postfix <c>mynetworks</c>, a virtual alias map and the commands that apply them.</summary>
    Postfix = 1,

    /// <summary>The <c>smtp</c> CNAME as a BIND zone fragment and as Windows DNS PowerShell.</summary>
    Dns = 2,
}
