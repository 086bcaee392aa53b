using Provisioner.Abstractions;

namespace Provisioner.Cli.Drivers;

/// <summary>
/// One shipped driver: its descriptor as static data (for the support matrix, discovery and run limits,
/// read without any transport) and how to create the driver on the transports of a command.
/// </summary>
/// <param name="Descriptor">The driver's descriptor; equal in id to the descriptor of every driver <paramref name="Create"/> returns.</param>
/// <param name="Create">Creates the driver on the command's transports.</param>
internal sealed record DriverRegistration(DriverDescriptor Descriptor, Func<TransportServices, IDeviceDriver> Create);
