package org.veracity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.access.LoginThrottle;

/**
 * This instance's count of failed desk logins, per account and per client address. Kept in memory:
 * on a cluster each instance throttles on its own, so an attacker gets at most the limits times the
 * number of instances (docs/operations.md).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    @ConfigProperty(name = "veracity.login.account-failures")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "veracity.login.address-failures")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "veracity.login.longest-lock")
    Duration longestLock;

    private LoginThrottle accounts;
    private LoginThrottle addresses;

    @PostConstruct
    void start() {
        accounts = new LoginThrottle(accountFailures, longestLock);
        addresses = new LoginThrottle(addressFailures, longestLock);
    }

    public boolean isLocked(String account, String address, Instant now) {
        return accounts.isLockedAt(accountKey(account), now) || (address != null && addresses.isLockedAt(address, now));
    }

    public void failed(String account, String address, Instant now) {
        String key = accountKey(account);
        accounts.failed(key, now);
        if (address != null) {
            addresses.failed(address, now);
        }
        if (accounts.isLockedAt(key, now) || (address != null && addresses.isLockedAt(address, now))) {
            LOG.warning(() -> "desk logins throttled after repeated failures: " + accounts.failuresOf(key, now)
                    + " for this account, " + (address == null ? 0 : addresses.failuresOf(address, now))
                    + " from address " + address);
        }
    }

    public void succeeded(String account) {
        accounts.succeeded(accountKey(account));
    }

    private static String accountKey(String account) {
        String name = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
