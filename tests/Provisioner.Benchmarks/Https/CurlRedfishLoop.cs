using System.Diagnostics;
using System.Globalization;
using Provisioner.Lab.Hosting;

namespace Provisioner.Benchmarks.Https;

/// <summary>
/// The comparison for the HTTPS benchmark: curl doing what apply does per Redfish device (read the
/// EventService, PATCH its SMTP object, read it back), one process per step as a shell loop would, each
/// verifying the device's own self-signed certificate with <c>--cacert</c> and authenticating with Basic.
/// </summary>
internal static class CurlRedfishLoop
{
    public static async Task<TimeSpan> RunAsync(IReadOnlyList<LabDevice> sample, string user, string password)
    {
        var directory = Directory.CreateTempSubdirectory("provisioner-curl-");
        try
        {
            var watch = Stopwatch.StartNew();
            var index = 0;
            foreach (var device in sample)
            {
                var pem = Path.Combine(directory.FullName, $"{index}.pem");
                await File.WriteAllTextAsync(pem, device.CertificatePem);
                var url = $"https://{device.Endpoint}/redfish/v1/EventService";
                string[] common = ["--silent", "--show-error", "--fail", "--cacert", pem, "--user", $"{user}:{password}", "--max-time", "5"];
                await RunAsync([.. common, url]);
                var body = string.Create(CultureInfo.InvariantCulture, $"{{\"SMTP\":{{\"ServiceEnabled\":true,\"ServerAddress\":\"10.6.0.25\",\"Port\":25,\"FromAddress\":\"bmc-{index++}@contoso.com\"}}}}");
                await RunAsync([.. common, "--request", "PATCH", "--header", "Content-Type: application/json", "--data", body, url]);
                await RunAsync([.. common, url]);
            }

            return watch.Elapsed;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("curl did not start; install the Debian package 'curl'.");
        await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"curl failed ({process.ExitCode}): {error}");
        }
    }
}
