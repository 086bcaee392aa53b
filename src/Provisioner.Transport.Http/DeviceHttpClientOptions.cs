namespace Provisioner.Transport.Http;

/// <summary>How a <see cref="DeviceHttpClient"/> reaches its device beyond what the open request says.</summary>
public sealed record DeviceHttpClientOptions
{
    /// <summary>The default options: port 443, two retries 200 ms apart.</summary>
    public static DeviceHttpClientOptions Default { get; } = new();

    /// <summary>The port when the open request names none; 443 by default.</summary>
    public int DefaultPort { get; init; } = 443;

    /// <summary>How many times a call is retried after a retryable failure (see the README); 2 by default, 0 turns retries off.</summary>
    public int RetryAttempts { get; init; } = 2;

    /// <summary>The pause before the first retry, doubled for each further one; 200 ms by default.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
