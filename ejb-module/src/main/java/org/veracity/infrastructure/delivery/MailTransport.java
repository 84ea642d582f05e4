package org.veracity.infrastructure.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.veracity.domain.notification.Channel;
import org.veracity.infrastructure.config.DeliverySettings;

/**
 * E-mail through Jakarta Mail (R20) to a reporter's address: an SMTP session built from configuration
 * ({@code veracity.mail.*}, the password from the environment), as a Payara mail resource would be.
 */
@ApplicationScoped
public class MailTransport implements org.veracity.domain.notification.Transport {

    @Inject
    DeliverySettings settings;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(Dispatch d) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(settings.mailFrom()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(d.target(), true));
            message.setSubject("Veracity: " + d.topic() + " of " + d.subjectType().toLowerCase() + " " + d.subjectId(),
                    StandardCharsets.UTF_8.name());
            message.setHeader("X-Veracity-Message-Id", Long.toString(d.deliveryId()));
            message.setSentDate(new Date());
            message.setText("Veracity tells you about a change (" + d.topic() + "):\n\n" + d.body() + "\n",
                    StandardCharsets.UTF_8.name());
            Transport.send(message);
            return SendResult.delivered();
        } catch (MessagingException e) {
            return SendResult.failed("SMTP " + settings.smtpHost() + ":" + settings.smtpPort() + ": " + e.getMessage());
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.smtpHost());
        p.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.smtpStartTls()));
        p.put("mail.smtp.connectiontimeout", Long.toString(settings.timeout().toMillis()));
        p.put("mail.smtp.timeout", Long.toString(settings.timeout().toMillis()));
        if (settings.smtpUser().isEmpty()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        String user = settings.smtpUser().get();
        String password = settings.smtpPassword().orElse("");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
