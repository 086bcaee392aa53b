namespace Provisioner.Cli.Demo;

/// <summary>One checked expectation of the demo.</summary>
/// <param name="Step">What was done, e.g. "plan again".</param>
/// <param name="Passed">Whether the expectation held.</param>
/// <param name="Detail">What was seen.</param>
internal sealed record DemoStep(string Step, bool Passed, string Detail);
