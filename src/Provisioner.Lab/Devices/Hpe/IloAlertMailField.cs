namespace Provisioner.Lab.Devices.Hpe;

/// <summary>One AlertMail property of a PATCH, checked for type and value.</summary>
/// <param name="Name">The property, e.g. <c>AlertMailSMTPServer</c>.</param>
/// <param name="Logged">The value for the write log (<c>***</c> for the password).</param>
/// <param name="Apply">How it changes the stored state.</param>
public sealed record IloAlertMailField(string Name, string Logged, Func<IloAlertMail, IloAlertMail> Apply);
