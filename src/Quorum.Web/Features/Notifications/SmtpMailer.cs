using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>Sends outbox messages over SMTP with MailKit, one connection per round of the worker.</summary>
public sealed class SmtpMailer(MailSettings settings) : IAsyncDisposable
{
    private readonly SmtpClient client = new() { Timeout = 60_000 };

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!client.IsConnected)
        {
            await client.ConnectAsync(settings.Host ?? "localhost", settings.EffectivePort, settings.Security switch
            {
                MailSecurity.None => SecureSocketOptions.None,
                MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            }, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(ToMime(message), cancellationToken);
    }

    /// <summary>The message as MIME: text and HTML as alternatives, an invitation also as a calendar alternative (iMIP) and as a file.</summary>
    public MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId, Date = message.CreatedAt };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(new MailboxAddress(message.RecipientName ?? "", message.Recipient));
        foreach (var (name, value) in message.HeaderLines())
            mime.Headers.Add(name, value);

        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = message.TextBody },
            new TextPart("html") { Text = message.HtmlBody },
        };
        if (message.Attachments.Count == 0)
        {
            mime.Body = alternative;
            return mime;
        }

        var mixed = new Multipart("mixed") { alternative };
        foreach (var attachment in message.Attachments)
        {
            var type = ContentType.Parse(attachment.ContentType);
            if (type.MediaType == "text" && type.MediaSubtype == "calendar")
            {
                var calendar = new TextPart("calendar") { Text = attachment.Content };
                foreach (var parameter in type.Parameters)
                    calendar.ContentType.Parameters[parameter.Name] = parameter.Value;
                alternative.Add(calendar);
            }

            mixed.Add(new MimePart(type)
            {
                Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(attachment.Content))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        }

        mime.Body = mixed;
        return mime;
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpProtocolException)
            {
                // The server went away first: nothing is left to close.
            }
        }

        client.Dispose();
    }
}
