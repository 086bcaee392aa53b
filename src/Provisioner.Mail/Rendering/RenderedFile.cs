namespace Provisioner.Mail;

/// <summary>One rendered file.</summary>
/// <param name="Name">The file name relative to the output directory, e.g. <c>exchange-mail.ps1</c>.</param>
/// <param name="Content">The file's text, with <c>\n</c> line ends, ending in a newline.</param>
public sealed record RenderedFile(string Name, string Content);
