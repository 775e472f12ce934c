using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace OrchardCrm.Workflows.Services;

public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, bool IsHtml);

public interface IEmailSender
{
    /// <summary>Sends the message; returns where it went ("smtp:host" or the .eml file path).</summary>
    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// MailKit over SMTP when <c>Crm:Email:Smtp:Host</c> is configured (Port, UserName, Password, UseSsl, From
/// beside it); otherwise each message is written as a .eml file to <c>{data directory}/mail-pickup</c>,
/// which any mail client opens, so a CRM without a mail server still shows what it would have sent.
/// </summary>
public sealed class EmailSender(IConfiguration configuration) : IEmailSender
{
    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = configuration.GetSection("Crm:Email:Smtp");
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(smtp["From"] is { Length: > 0 } from ? from : "crm@localhost"));
        foreach (var to in message.To)
        {
            if (!MailboxAddress.TryParse(to, out var address)) throw new InvalidOperationException($"'{to}' is not an email address.");
            mime.To.Add(address);
        }
        mime.Subject = message.Subject;
        mime.Body = new TextPart(message.IsHtml ? "html" : "plain") { Text = message.Body };

        if (smtp["Host"] is { Length: > 0 } host)
        {
            using var client = new SmtpClient { Timeout = 30_000 };
            var port = int.TryParse(smtp["Port"], out var p) ? p : 587;
            var ssl = bool.TryParse(smtp["UseSsl"], out var s) && s ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(host, port, ssl, cancellationToken);
            if (smtp["UserName"] is { Length: > 0 } user) await client.AuthenticateAsync(user, smtp["Password"] ?? "", cancellationToken);
            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return "smtp:" + host;
        }

        var folder = Path.Combine(Path.GetFullPath(configuration["Crm:DataDirectory"] is { Length: > 0 } dir ? dir : "App_Data"), "mail-pickup");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():n}.eml");
        await mime.WriteToAsync(file, cancellationToken);
        return file;
    }
}
