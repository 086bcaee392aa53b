namespace Provisioner.Drivers.Redfish.Tests.RedfishTool;

/// <summary>A fact that runs only where Debian's <c>redfishtool</c> is installed, and says why it is skipped otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedfishToolFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; skips when <c>redfishtool</c> is not on the PATH.</summary>
    public RedfishToolFactAttribute()
    {
        if (RedfishToolRunner.Executable is null)
        {
            Skip = "redfishtool is not installed: 'apt-get install redfishtool' (.ci/run installs it) to prove the lab against the DMTF's own client.";
        }
    }
}
