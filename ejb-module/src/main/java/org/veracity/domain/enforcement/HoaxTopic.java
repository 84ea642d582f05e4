package org.veracity.domain.enforcement;

import org.veracity.domain.demotion.DemotionKind;

/** The topics with their own hoax policy (R12). */
public enum HoaxTopic {
    COVID_19("covid-19-hoaxes", DemotionKind.COVID_19_HOAX),
    VACCINES("vaccine-hoaxes", DemotionKind.VACCINE_HOAX);

    private final String policyCode;
    private final DemotionKind demotionKind;

    HoaxTopic(String policyCode, DemotionKind demotionKind) {
        this.policyCode = policyCode;
        this.demotionKind = demotionKind;
    }

    public String policyCode() {
        return policyCode;
    }

    public DemotionKind demotionKind() {
        return demotionKind;
    }
}
