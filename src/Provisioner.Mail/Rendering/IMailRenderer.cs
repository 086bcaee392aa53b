namespace Provisioner.Mail;

/// <summary>Renders the mail-server side of an inventory for one kind of server.</summary>
public interface IMailRenderer
{
    /// <summary>The target this renderer serves.</summary>
    MailTarget Target { get; }

    /// <summary>Renders <paramref name="side"/>.</summary>
    /// <param name="side">The mail side of the inventory.</param>
    /// <returns>The files, each starting with a <see cref="RenderHeader"/>.</returns>
    IReadOnlyList<RenderedFile> Render(MailSide side);
}
