namespace Provisioner.Core.Reports;

/// <summary>
/// One line of the site's rollout checklist: a setting a person must make by hand on one device, because
/// the device cannot take it over its API. Built from every device's manual steps.
/// </summary>
/// <param name="Device">The device name.</param>
/// <param name="Site">The site.</param>
/// <param name="Address">The management address, with the port when the inventory gives one.</param>
/// <param name="Setting">The canonical setting, e.g. <c>smtp.recipients</c>.</param>
/// <param name="What">What to set, in the device's own words.</param>
/// <param name="Where">Where in the device's interface.</param>
/// <param name="Value">The value the inventory wants on this device, as displayed; null when not known.</param>
public sealed record RolloutStepReport(string Device, string Site, string Address, string Setting, string What, string Where, string? Value = null);
