using System.Text.RegularExpressions;

namespace Provisioner.Transport.Ssh;

/// <summary>A question a device asks on its own (e.g. <c>Press any key to continue</c>) and what to type.</summary>
/// <param name="Pattern">Matched against the last line shown.</param>
/// <param name="Reply">What to send, as is (add <c>\r</c> for Enter).</param>
public sealed record PromptAnswer(Regex Pattern, string Reply);
