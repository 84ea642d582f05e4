package org.veracity.domain.rfh;

/** Where an RFH entry stands; only an approved entry matches, and only while its measure is active. */
public enum RfhStatus {
    NOMINATED, APPROVED, REJECTED, RETIRED
}
