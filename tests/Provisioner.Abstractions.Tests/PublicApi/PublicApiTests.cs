using Provisioner.Abstractions;
using Provisioner.Testing.Golden;
using PublicApiGenerator;

namespace Provisioner.Abstractions.Tests.PublicApi;

/// <summary>
/// Locks the public surface of the driver contract. A change here is a change for every driver: review
/// the diff, then run with <c>PROVISIONER_UPDATE_GOLDEN=1</c> to approve it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Abstractions_MatchesApprovedFile()
    {
        var api = typeof(IDeviceDriver).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });

        Golden.AssertMatches(api + "\n", "Provisioner.Abstractions.approved.txt");
    }
}
