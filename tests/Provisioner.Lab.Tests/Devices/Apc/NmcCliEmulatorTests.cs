using System.Diagnostics;
using Provisioner.Lab.Devices.Apc.Nmc;

namespace Provisioner.Lab.Tests.Devices.Apc;

/// <summary>The NMC CLI emulator on plain pipes (as sshd runs it without a terminal) and its JSON state.</summary>
public sealed class NmcCliEmulatorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("provisioner-nmc-lab-").FullName;

    private string StatePath => Path.Combine(folder, "state.json");

    [Fact]
    public void State_RoundTripsThroughJson()
    {
        var state = new NmcLabState();
        state.Smtp.Server = "10.6.0.25";
        state.Recipients[2].To = "ops@example.com";
        state.Faults.Reject.Add("smtp -s");
        state.Save(StatePath);
        var back = NmcLabState.Load(StatePath);
        Assert.Equal(state.ToJson(), back.ToJson());
        Assert.Equal(4, back.Recipients.Count);
        Assert.Contains("\"reqCert\"", File.ReadAllText(StatePath), StringComparison.Ordinal);
    }

    [Fact]
    public void Emulator_AnswersAsTheCard()
    {
        new NmcLabState().Save(StatePath);
        var output = Run("smtp -w hunter2\rsmtp\remail -t1 not-an-address\remail -t1 ops@example.com -g1 enable\rreboot\rexit\r");
        Assert.Contains("Network Management Card AOS      v2.2.1.1", output, StringComparison.Ordinal);
        Assert.Contains("  Password: \t********", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2\r\n  ", output, StringComparison.Ordinal);
        Assert.Contains("E102: Parameter Error", output, StringComparison.Ordinal);
        Assert.Contains("E101: Command Not Found", output, StringComparison.Ordinal);
        var state = NmcLabState.Load(StatePath);
        Assert.Equal("hunter2", state.Smtp.Password);
        Assert.Equal(("ops@example.com", "enable"), (state.Recipients[0].To, state.Recipients[0].Generation));
        Assert.Equal(["smtp -w:********:True", "email -t:not-an-address:False", "email -t:ops@example.com:True", "email -g:enable:True"], state.Writes.Select(w => $"{w.Field}:{w.Value}:{w.Stored}"));
    }

    [Fact]
    public void Emulator_LostWrite_AnswersSuccessButKeepsTheValue()
    {
        var state = new NmcLabState();
        state.Faults.Lose.Add("smtp -s");
        state.Save(StatePath);
        var output = Run("smtp -s 10.6.0.25\rexit\r");
        Assert.Contains("E000: Success", output, StringComparison.Ordinal);
        Assert.Equal("0.0.0.0", NmcLabState.Load(StatePath).Smtp.Server);
    }

    [Fact]
    public void Emulator_Silent_PrintsNothing()
    {
        var state = new NmcLabState();
        state.Faults.Silent = true;
        state.Save(StatePath);
        Assert.Equal(string.Empty, Run("smtp\r"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Run(string input)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(NmcLabState.ScriptPath);
        start.ArgumentList.Add("--state");
        start.ArgumentList.Add(StatePath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the emulator did not finish");
        return output.Result;
    }
}
