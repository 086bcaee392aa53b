using Provisioner.Inventory;

namespace Provisioner.Mail.Tests;

/// <summary>The contoso example inventory (inventory/examples/contoso), loaded and mapped onto its mail side.</summary>
internal static class ContosoMailSide
{
    /// <summary>A fixed origin so that golden files do not change with every commit.</summary>
    public static readonly InventoryOrigin Origin = new("inventory/examples/contoso", "c0ffee0000000000000000000000000000c0ffee", false);

    private static readonly Lazy<InventoryModel> Model = new(Load);

    public static InventoryModel Inventory => Model.Value;

    public static MailSide Create() => MailSideBuilder.Build(Inventory, Origin);

    private static InventoryModel Load()
    {
        var result = InventoryLoader.LoadAsync(RepositoryPaths.ContosoInventory, CancellationToken.None).GetAwaiter().GetResult();
        return result.Inventory ?? throw new InvalidOperationException("The contoso example does not load: " + string.Join("\n", result.Diagnostics));
    }
}
