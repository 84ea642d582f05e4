package org.veracity.domain.suspension;

/** The catalogue's policy for account suspensions (R16; migration V7). */
public final class SuspensionPolicy {

    public static final String CODE = "account-suspensions";

    private SuspensionPolicy() {
    }
}
