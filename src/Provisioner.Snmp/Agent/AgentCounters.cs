namespace Provisioner.Snmp.Agent;

/// <summary>Counters an agent keeps (RFC 3414 §5 usmStats, RFC 3418 snmpInBadCommunityNames).</summary>
public sealed class AgentCounters
{
    private long _unsupportedSecLevels;
    private long _notInTimeWindows;
    private long _unknownUserNames;
    private long _unknownEngineIds;
    private long _wrongDigests;
    private long _decryptionErrors;
    private long _badCommunityNames;
    private long _invalidMessages;

    /// <summary>usmStatsUnsupportedSecLevels.</summary>
    public long UnsupportedSecLevels => Interlocked.Read(ref _unsupportedSecLevels);

    /// <summary>usmStatsNotInTimeWindows.</summary>
    public long NotInTimeWindows => Interlocked.Read(ref _notInTimeWindows);

    /// <summary>usmStatsUnknownUserNames.</summary>
    public long UnknownUserNames => Interlocked.Read(ref _unknownUserNames);

    /// <summary>usmStatsUnknownEngineIDs.</summary>
    public long UnknownEngineIds => Interlocked.Read(ref _unknownEngineIds);

    /// <summary>usmStatsWrongDigests.</summary>
    public long WrongDigests => Interlocked.Read(ref _wrongDigests);

    /// <summary>usmStatsDecryptionErrors.</summary>
    public long DecryptionErrors => Interlocked.Read(ref _decryptionErrors);

    /// <summary>snmpInBadCommunityNames.</summary>
    public long BadCommunityNames => Interlocked.Read(ref _badCommunityNames);

    /// <summary>Messages dropped as malformed (snmpInASNParseErrs and snmpInvalidMsgs).</summary>
    public long InvalidMessages => Interlocked.Read(ref _invalidMessages);

    internal long IncrementUnsupportedSecLevels() => Interlocked.Increment(ref _unsupportedSecLevels);

    internal long IncrementNotInTimeWindows() => Interlocked.Increment(ref _notInTimeWindows);

    internal long IncrementUnknownUserNames() => Interlocked.Increment(ref _unknownUserNames);

    internal long IncrementUnknownEngineIds() => Interlocked.Increment(ref _unknownEngineIds);

    internal long IncrementWrongDigests() => Interlocked.Increment(ref _wrongDigests);

    internal long IncrementDecryptionErrors() => Interlocked.Increment(ref _decryptionErrors);

    internal long IncrementBadCommunityNames() => Interlocked.Increment(ref _badCommunityNames);

    internal long IncrementInvalidMessages() => Interlocked.Increment(ref _invalidMessages);
}
