namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>One attribute of the iDRAC's <c>ManagerAttributeRegistry</c> as the device describes it.</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="Type">The registry type, e.g. <c>Enumeration</c>, <c>Integer</c>, <c>String</c>, <c>Password</c>.</param>
/// <param name="ReadOnly">Whether the device refuses writes of it.</param>
/// <param name="Values">The enum values (<c>ValueName</c>); empty for other types.</param>
/// <param name="LowerBound">The smallest integer, or null.</param>
/// <param name="UpperBound">The largest integer, or null.</param>
/// <param name="MaxLength">The longest string, or null.</param>
internal sealed record RegistryEntry(string Name, string Type, bool ReadOnly, IReadOnlyList<string> Values, long? LowerBound, long? UpperBound, int? MaxLength);
