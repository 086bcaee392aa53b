namespace Provisioner.Drivers.Pure;

/// <summary>
/// Every <b>Unverified</b> assumption of the <c>pure.flasharray</c> driver, in one place (README "Unverified"). Confirm
/// each on an array before relying on it; the lab model follows the same assumptions.
/// </summary>
public static class PureAssumptions
{
    /// <summary>
    /// <c>GET alert-watchers</c> lists watchers in the order they were created, so that order is the recipients' order.
    /// <b>Unverified</b>: the SDK says nothing of order. On an array that sorts by name, a recipient list not in name order
    /// would be rewritten on every apply; order the inventory's recipients by name there.
    /// </summary>
    public const bool WatchersListedInCreationOrder = true;

    /// <summary>
    /// Every watcher except <see cref="Endpoints.VendorWatcher"/> is a recipient the inventory manages: FlashArray watchers
    /// are keyed by the address alone, so no name can mark the driver's own. A convention of this driver.
    /// </summary>
    public const bool EveryOtherWatcherIsManaged = true;

    /// <summary>
    /// A session token that is answered 401 has expired and one new login is worth trying. <b>Unverified</b> for FlashArray;
    /// the lab expires tokens with the session-expiry fault.
    /// </summary>
    public const int ReloginAttempts = 1;

    /// <summary>
    /// The API token is taken from the credential set's HTTP <c>token</c>, else its <c>password</c> (the user name is the
    /// token's owner and is not sent). A convention of this driver.
    /// </summary>
    public const bool TokenFromTokenOrPassword = true;

    /// <summary>
    /// <c>password</c> of <c>smtp-servers</c> is write-only: GET never returns it (the SDK model has it for PATCH only).
    /// <b>Unverified</b> whether GET omits it or returns null; the driver reads neither.
    /// </summary>
    public const bool PasswordNeverRead = true;

    /// <summary>
    /// An empty <c>relay_host</c> means the array sends directly (no relay). <b>Unverified</b>; the driver reads it as absent.
    /// </summary>
    public const bool EmptyRelayMeansDirect = true;
}
