namespace Provisioner.Lab.Hosting;

/// <summary>A user a simulated HTTPS device accepts (Basic authentication and login sessions).</summary>
/// <param name="User">The user name.</param>
/// <param name="Password">The password (the lab's own; never printed).</param>
public sealed record LabHttpAccount(string User, string Password)
{
    /// <summary>The account without its password, for messages.</summary>
    /// <returns>The user name.</returns>
    public override string ToString() => User;
}
