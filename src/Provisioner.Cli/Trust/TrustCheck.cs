namespace Provisioner.Cli.Trust;

/// <summary>Probes every candidate of <c>provisioner trust</c>: HTTPS ones with <see cref="CertificateTrustCheck"/>, SSH ones with <see cref="HostKeyTrustCheck"/>.</summary>
internal static class TrustCheck
{
    /// <summary>Probes every candidate, at most <paramref name="parallel"/> at once; one unreachable device does not stop the others.</summary>
    /// <param name="candidates">The device endpoints.</param>
    /// <param name="timeout">How long one connect and handshake may take.</param>
    /// <param name="parallel">How many devices at once.</param>
    /// <param name="cancellationToken">Cancels the probes.</param>
    /// <returns>One finding per candidate, in the candidates' order.</returns>
    public static async Task<IReadOnlyList<TrustFinding>> CheckAsync(IReadOnlyList<TrustCandidate> candidates, TimeSpan timeout, int parallel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var findings = new TrustFinding[candidates.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, candidates.Count), options, async (index, token) =>
            findings[index] = candidates[index].IsSsh
                ? await HostKeyTrustCheck.CheckOneAsync(candidates[index], timeout, token).ConfigureAwait(false)
                : await CertificateTrustCheck.CheckOneAsync(candidates[index], timeout, token).ConfigureAwait(false)).ConfigureAwait(false);
        return findings;
    }
}
