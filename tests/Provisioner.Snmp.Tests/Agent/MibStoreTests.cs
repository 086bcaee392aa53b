using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Agent;

public sealed class MibStoreTests
{
    private static readonly Oid ReadOnly = Oid.Parse("1.3.6.1.4.1.99.1");
    private static readonly Oid Name = Oid.Parse("1.3.6.1.4.1.99.2");
    private static readonly Oid Level = Oid.Parse("1.3.6.1.4.1.99.3");
    private static readonly Oid Mode = Oid.Parse("1.3.6.1.4.1.99.4");
    private static readonly Oid Password = Oid.Parse("1.3.6.1.4.1.99.5");
    private static readonly Oid Hidden = Oid.Parse("1.3.6.1.4.1.99.6");
    private static readonly Oid Fixed = Oid.Parse("1.3.6.1.4.1.99.7.1.2");
    private static readonly Oid Creatable = Oid.Parse("1.3.6.1.4.1.99.7.1.3");

    [Fact]
    public void Get_ExistingMissingAndHidden_FollowRfc3416()
    {
        var store = Create();

        Assert.Equal(OctetString.FromString("name"), store.Get(Name.Append(0)));
        Assert.Equal(NoSuchInstance.Instance, store.Get(Name.Append(1)));
        Assert.Equal(NoSuchObject.Instance, store.Get(Oid.Parse("1.3.6.1.4.1.99.100.0")));
        Assert.Equal(NoSuchObject.Instance, store.Get(Password.Append(0)));
        Assert.Equal(NoSuchObject.Instance, store.Get(Hidden.Append(0)));
        Assert.Equal(new Integer32(10), store.Get(Fixed.Append(1)));
        Assert.Equal(NoSuchInstance.Instance, store.Get(Fixed.Append(9)));
    }

    [Fact]
    public void Get_WriteOnlyWithPlaceholder_ShowsThePlaceholder()
    {
        var store = new MibStore().AddScalar(Password, OctetString.FromString("secret"),
            new MibObjectOptions { Access = MibAccess.WriteOnly, WriteOnlyReadValue = OctetString.Empty });

        Assert.Equal(OctetString.Empty, store.Get(Password.Append(0)));
        Assert.Equal(OctetString.Empty, store.GetNext(Password).Value);
    }

    [Fact]
    public void GetNext_WalksInOrderSkippingUnreadableAndEndsWithEndOfMibView()
    {
        var store = Create();
        var seen = new List<Oid>();
        var next = store.GetNext(Oid.Parse("1.3"));
        while (next.Value is not EndOfMibView)
        {
            seen.Add(next.Oid);
            next = store.GetNext(next.Oid);
        }

        Assert.Equal(
            ["1.3.6.1.4.1.99.1.0", "1.3.6.1.4.1.99.2.0", "1.3.6.1.4.1.99.3.0", "1.3.6.1.4.1.99.4.0", "1.3.6.1.4.1.99.7.1.2.1", "1.3.6.1.4.1.99.7.1.2.2"],
            seen.Select(o => o.ToString()));
    }

    [Theory]
    [InlineData("1.3.6.1.4.1.99.1.0", "s:x", SnmpErrorStatus.NotWritable)]
    [InlineData("1.3.6.1.4.1.99.100.0", "s:x", SnmpErrorStatus.NotWritable)]
    [InlineData("1.3.6.1.4.1.99.6.0", "i:1", SnmpErrorStatus.NoAccess)]
    [InlineData("1.3.6.1.4.1.99.2.0", "i:1", SnmpErrorStatus.WrongType)]
    [InlineData("1.3.6.1.4.1.99.2.0", "s:0123456789abcdefg", SnmpErrorStatus.WrongLength)]
    [InlineData("1.3.6.1.4.1.99.2.0", "s:", SnmpErrorStatus.WrongLength)]
    [InlineData("1.3.6.1.4.1.99.3.0", "i:101", SnmpErrorStatus.WrongValue)]
    [InlineData("1.3.6.1.4.1.99.4.0", "i:3", SnmpErrorStatus.WrongValue)]
    [InlineData("1.3.6.1.4.1.99.2.1", "s:x", SnmpErrorStatus.NoCreation)]
    [InlineData("1.3.6.1.4.1.99.7.1.2.9", "i:1", SnmpErrorStatus.NoCreation)]
    [InlineData("1.3.6.1.4.1.99.3.0", "i:13", SnmpErrorStatus.InconsistentValue)]
    [InlineData("1.3.6.1.4.1.99.2.0", "s:ok", SnmpErrorStatus.NoError)]
    [InlineData("1.3.6.1.4.1.99.7.1.3.5", "s:row", SnmpErrorStatus.NoError)]
    public void Validate_OneBinding_GivesTheRfc3416Status(string oid, string value, SnmpErrorStatus expected)
    {
        var store = Create();

        var result = store.Validate([new VarBind(Oid.Parse(oid), Parse(value))]);

        Assert.Equal(expected, result.Status);
        Assert.Equal(expected == SnmpErrorStatus.NoError ? 0 : 1, result.Index);
    }

    [Fact]
    public void Validate_SecondBindingBad_ReportsIndexTwoAndChangesNothing()
    {
        var store = Create();
        VarBind[] request = [new(Name.Append(0), OctetString.FromString("new")), new(Level.Append(0), new Integer32(500))];

        var result = store.Validate(request);

        Assert.Equal(new SetResult(SnmpErrorStatus.WrongValue, 2), result);
        Assert.Equal(OctetString.FromString("name"), store.Get(Name.Append(0)));
    }

    [Fact]
    public void Commit_SecondCommitFails_UndoesTheFirstAndReportsCommitFailed()
    {
        var store = new MibStore()
            .AddScalar(Name, OctetString.FromString("a"), new MibObjectOptions { Access = MibAccess.ReadWrite })
            .AddScalar(Level, new Integer32(1), new MibObjectOptions { Access = MibAccess.ReadWrite, OnCommit = (_, v) => ((Integer32)v).Value != 99 });
        VarBind[] request = [new(Name.Append(0), OctetString.FromString("b")), new(Level.Append(0), new Integer32(99))];

        var result = store.Commit(request);

        Assert.Equal(new SetResult(SnmpErrorStatus.CommitFailed, 2), result);
        Assert.Equal(OctetString.FromString("a"), store.Get(Name.Append(0)));
        Assert.Equal(new Integer32(1), store.Get(Level.Append(0)));
    }

    [Fact]
    public void Commit_UndoFails_ReportsUndoFailedWithIndexZero()
    {
        var store = new MibStore()
            .AddScalar(Name, OctetString.FromString("a"), new MibObjectOptions { Access = MibAccess.ReadWrite, OnCommit = (_, v) => v.ToString() != "a" })
            .AddScalar(Level, new Integer32(1), new MibObjectOptions { Access = MibAccess.ReadWrite, OnCommit = (_, _) => false });

        var result = store.Commit([new(Name.Append(0), OctetString.FromString("b")), new(Level.Append(0), new Integer32(2))]);

        Assert.Equal(new SetResult(SnmpErrorStatus.UndoFailed, 0), result);
    }

    [Fact]
    public void Commit_CreatableColumn_CreatesTheRow()
    {
        var store = Create();
        var cell = Creatable.Append(5);

        Assert.True(store.Commit([new(cell, OctetString.FromString("row"))]).IsSuccess);

        Assert.Equal(OctetString.FromString("row"), store.Get(cell));
    }

    [Fact]
    public void Commit_CreatedRowThenFailure_RemovesTheRowAgain()
    {
        var store = Create().AddScalar(Oid.Parse("1.3.6.1.4.1.99.8"), new Integer32(0), new MibObjectOptions { Access = MibAccess.ReadWrite, OnCommit = (_, _) => false });
        var cell = Creatable.Append(7);

        var result = store.Commit([new(cell, OctetString.FromString("row")), new(Oid.Parse("1.3.6.1.4.1.99.8.0"), new Integer32(1))]);

        Assert.Equal(new SetResult(SnmpErrorStatus.CommitFailed, 2), result);
        Assert.Equal(NoSuchInstance.Instance, store.Get(cell));
        Assert.Equal(new Integer32(0), store.Get(Oid.Parse("1.3.6.1.4.1.99.8.0")));
    }

    private static SnmpValue Parse(string value) => value[0] == 'i'
        ? new Integer32(int.Parse(value[2..], System.Globalization.CultureInfo.InvariantCulture))
        : OctetString.FromString(value[2..]);

    private static MibStore Create() => new MibStore()
        .AddScalar(ReadOnly, OctetString.FromString("fixed"))
        .AddScalar(Name, OctetString.FromString("name"), new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { MinSize = 1, MaxSize = 16 } })
        .AddScalar(Level, new Integer32(5), new MibObjectOptions
        {
            Access = MibAccess.ReadWrite,
            Constraint = new MibConstraint { MinValue = 0, MaxValue = 100 },
            Validator = (_, v, _) => ((Integer32)v).Value == 13 ? SnmpErrorStatus.InconsistentValue : SnmpErrorStatus.NoError,
        })
        .AddScalar(Mode, new Integer32(1), new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { AllowedValues = new HashSet<int> { 1, 2 } } })
        .AddScalar(Password, OctetString.FromString("secret"), new MibObjectOptions { Access = MibAccess.WriteOnly })
        .AddScalar(Hidden, new Integer32(0), new MibObjectOptions { Access = MibAccess.NotAccessible })
        .AddColumn(Fixed, new MibObjectOptions { Access = MibAccess.ReadWrite, Type = SnmpTag.Integer32 })
        .SetCell(Fixed, [1], new Integer32(10))
        .SetCell(Fixed, [2], new Integer32(20))
        .AddColumn(Creatable, new MibObjectOptions { Access = MibAccess.ReadCreate, Type = SnmpTag.OctetString });
}
