namespace Provisioner.Snmp.Tests;

/// <summary>Tests that load the loopback interface run in this collection, never beside other tests.</summary>
[CollectionDefinition(nameof(LoadCollection), DisableParallelization = true)]
public sealed class LoadCollection;
