namespace Provisioner.Core.Tests.Running;

public sealed class RunnerOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => new RunnerOptions().Validate();

    [Theory]
    [InlineData(0, 1, 1, "MaxParallel")]
    [InlineData(1, 0, 1, "MaxPerSite")]
    [InlineData(1, 1, 0, "MaxPerDriver")]
    public void Validate_LimitBelowOne_ThrowsNamingIt(int parallel, int perSite, int perDriver, string name)
    {
        var options = new RunnerOptions { MaxParallel = parallel, MaxPerSite = perSite, MaxPerDriver = perDriver };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(name, ex.ParamName);
    }

    [Fact]
    public void Validate_ZeroDeadline_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(new RunnerOptions { DeviceDeadline = TimeSpan.Zero }.Validate);
}
