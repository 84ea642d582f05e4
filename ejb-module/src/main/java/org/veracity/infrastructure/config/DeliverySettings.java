package org.veracity.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.notification.RetrySchedule;

/**
 * The outbox's settings (R20, issue 12) from MicroProfile Config; defaults in META-INF/microprofile-config.properties,
 * overridden by system properties and environment variables (VERACITY_MAIL_SMTP_HOST, VERACITY_WHATSAPP_TOKEN …).
 */
@ApplicationScoped
public class DeliverySettings {

    @Inject
    @ConfigProperty(name = "veracity.outbox.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "veracity.outbox.poll-interval")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "veracity.outbox.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "veracity.outbox.lease")
    Duration lease;

    @Inject
    @ConfigProperty(name = "veracity.outbox.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "veracity.outbox.retry.first")
    Duration retryFirst;

    @Inject
    @ConfigProperty(name = "veracity.outbox.retry.longest")
    Duration retryLongest;

    @Inject
    @ConfigProperty(name = "veracity.outbox.retry.give-up-after")
    Duration giveUpAfter;

    @Inject
    @ConfigProperty(name = "veracity.mail.smtp.host")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "veracity.mail.smtp.port")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "veracity.mail.smtp.starttls")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "veracity.mail.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "veracity.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "veracity.mail.from")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "veracity.whatsapp.base-url")
    String whatsAppBaseUrl;

    @Inject
    @ConfigProperty(name = "veracity.whatsapp.api-version")
    String whatsAppApiVersion;

    @Inject
    @ConfigProperty(name = "veracity.whatsapp.phone-number-id")
    Optional<String> whatsAppPhoneNumberId;

    @Inject
    @ConfigProperty(name = "veracity.whatsapp.language")
    String whatsAppLanguage;

    @Inject
    @ConfigProperty(name = "veracity.whatsapp.token")
    Optional<String> whatsAppToken;

    public boolean enabled() {
        return enabled;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration lease() {
        return lease;
    }

    public Duration timeout() {
        return timeout;
    }

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(retryFirst, retryLongest, giveUpAfter);
    }

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(s -> !s.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword.filter(s -> !s.isBlank());
    }

    public String mailFrom() {
        return mailFrom;
    }

    public String whatsAppBaseUrl() {
        return whatsAppBaseUrl;
    }

    public String whatsAppApiVersion() {
        return whatsAppApiVersion;
    }

    public Optional<String> whatsAppPhoneNumberId() {
        return whatsAppPhoneNumberId.filter(s -> !s.isBlank());
    }

    public String whatsAppLanguage() {
        return whatsAppLanguage;
    }

    /** The configured token (environment or secrets); an admin's replacement lives in the WhatsApp channel. */
    public Optional<String> whatsAppToken() {
        return whatsAppToken.filter(s -> !s.isBlank());
    }

    /** {@code veracity.whatsapp.template.<topic>}, else {@code veracity.whatsapp.template.default}. */
    public String whatsAppTemplate(String topic) {
        return ConfigProvider.getConfig().getOptionalValue("veracity.whatsapp.template." + topic, String.class)
                .or(() -> ConfigProvider.getConfig().getOptionalValue("veracity.whatsapp.template.default", String.class))
                .orElse("veracity_notice");
    }
}
