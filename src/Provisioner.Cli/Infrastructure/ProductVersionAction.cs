using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Provisioner.Cli.Infrastructure;

/// <summary>Prints Provisioner's own version for <c>--version</c> (the default reads the entry assembly, which is the host under tests).</summary>
internal sealed class ProductVersionAction : SynchronousCommandLineAction
{
    /// <summary>The product version, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } =
        typeof(ProductVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductVersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Ok;
    }
}
