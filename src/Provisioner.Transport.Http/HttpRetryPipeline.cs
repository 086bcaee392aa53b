using Polly;
using Polly.Retry;

namespace Provisioner.Transport.Http;

/// <summary>Builds the Polly retry pipelines of <see cref="DeviceHttpClient"/>, applying <see cref="HttpRetryRule"/>.</summary>
internal static class HttpRetryPipeline
{
    /// <summary>The pipeline for idempotent or for non-idempotent calls.</summary>
    /// <param name="options">Attempts and delay.</param>
    /// <param name="idempotent">Whether the calls it runs are idempotent.</param>
    /// <returns>The pipeline; an empty one when retries are off.</returns>
    public static ResiliencePipeline Build(DeviceHttpClientOptions options, bool idempotent)
    {
        if (options.RetryAttempts <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.RetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } failure && HttpRetryRule.ShouldRetry(failure, idempotent)),
            })
            .Build();
    }
}
