package org.veracity.interfaces.rest.distribution;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** {@code {"ids":[…up to 1000]}} */
@XmlRootElement(name = "distributionRequest")
@XmlAccessorType(XmlAccessType.FIELD)
public class DistributionRequest {

    @XmlElement(name = "ids")
    public List<String> ids;
}
