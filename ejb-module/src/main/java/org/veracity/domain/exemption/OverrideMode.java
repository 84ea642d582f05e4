package org.veracity.domain.exemption;

/** A specialist's per-domain decision that outlives every rebuild of the list (R4). */
public enum OverrideMode {
    FORCE_EXEMPT, FORCE_NOT_EXEMPT
}
