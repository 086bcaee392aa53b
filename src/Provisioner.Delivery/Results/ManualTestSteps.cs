namespace Provisioner.Delivery;

/// <summary>What a person does for a device whose driver cannot trigger a test message.</summary>
public static class ManualTestSteps
{
    private static readonly Dictionary<string, string> Buttons = new(StringComparer.Ordinal)
    {
        // rest-ssh-apis-addendum.md: the NMC web UI's Test page; no CLI test e-mail was found.
        ["apc.nmc"] = "in the web UI open Configuration > Notification > E-mail > Test, choose a configured recipient and press Apply",
    };

    /// <summary>The manual step for <paramref name="device"/>: which button, then the command that watches for the message.</summary>
    /// <param name="driverId">The driver id, e.g. <c>apc.nmc</c>.</param>
    /// <param name="device">The device's inventory name.</param>
    /// <param name="address">The device's management address.</param>
    /// <param name="inventory">The inventory path as the user gave it.</param>
    /// <returns>The instruction.</returns>
    public static string For(string driverId, string device, string address, string inventory)
    {
        var button = Buttons.GetValueOrDefault(driverId)
            ?? "in its web UI open the e-mail (SMTP) notification page and press its test / send test e-mail button";
        return $"{device} cannot be told to send a test message by its driver ({driverId}): at https://{address}/ {button}; then run 'provisioner test {inventory} --await {device}' to watch for it.";
    }
}
