using Provisioner.Cli;
using Provisioner.Cli.Infrastructure;

using var signals = new InterruptSignals();
return await CliApp.RunAsync(args, CliContext.FromProcess(signals.Abandon), signals.Stop);
