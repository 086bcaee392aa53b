namespace Provisioner.Core.Reports;

/// <summary>The <see cref="DriftFinding.Kind"/> names and the order findings are listed in: what needs action first.</summary>
internal static class FindingKinds
{
    public const string Unchecked = "unchecked";
    public const string ValueDiffers = "value-differs";
    public const string RecipientReplaced = "recipient-replaced";
    public const string RecipientExtra = "recipient-extra";
    public const string RecipientMissing = "recipient-missing";
    public const string RecipientOrder = "recipient-order";
    public const string NotSupported = "not-supported";
    public const string ManualStep = "manual-step";
    public const string Unverifiable = "unverifiable";
    public const string Fixed = "fixed";

    /// <summary>Failures, then settings that still differ, then what no API can set, then manual steps, then what this run fixed, then what cannot be compared.</summary>
    public static int Rank(string kind) => kind switch
    {
        Unchecked => 0,
        ValueDiffers or RecipientReplaced or RecipientExtra or RecipientMissing or RecipientOrder => 1,
        NotSupported => 2,
        ManualStep => 3,
        Fixed => 4,
        _ => 5,
    };
}
