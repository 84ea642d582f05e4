package org.veracity.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.veracity.domain.notification.RetrySchedule;
import org.veracity.infrastructure.config.DeliverySettings;

/**
 * Test deployments only: the outbox's settings as configured, except what a test sets — the SMTP server and the
 * WhatsApp stand-in it started on a free loopback port, and a short first retry so a test need not wait 30 s,
 * and a short retry period to make a dead letter.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdjustableDeliverySettings extends DeliverySettings {

    private final Map<String, String> set = new ConcurrentHashMap<>();

    public void set(String key, String value) {
        if (value == null || value.isBlank()) {
            set.remove(key);
        } else {
            set.put(key, value);
        }
    }

    public void clear() {
        set.clear();
    }

    @Override
    public RetrySchedule retrySchedule() {
        RetrySchedule configured = super.retrySchedule();
        String first = set.get("retryFirst");
        String giveUp = set.get("giveUpAfter");
        return new RetrySchedule(first == null ? configured.first() : Duration.parse(first), configured.longest(),
                giveUp == null ? configured.giveUpAfter() : Duration.parse(giveUp));
    }

    @Override
    public String smtpHost() {
        return set.getOrDefault("smtpHost", super.smtpHost());
    }

    @Override
    public int smtpPort() {
        String port = set.get("smtpPort");
        return port == null ? super.smtpPort() : Integer.parseInt(port);
    }

    @Override
    public String whatsAppBaseUrl() {
        return set.getOrDefault("whatsAppBaseUrl", super.whatsAppBaseUrl());
    }

    @Override
    public Optional<String> whatsAppPhoneNumberId() {
        return Optional.ofNullable(set.get("whatsAppPhoneNumberId")).or(super::whatsAppPhoneNumberId);
    }

    @Override
    public Optional<String> whatsAppToken() {
        return Optional.ofNullable(set.get("whatsAppToken")).or(super::whatsAppToken);
    }
}
