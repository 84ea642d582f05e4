package org.veracity.interfaces.rest.distribution;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"ids":[…up to 1000]}} */
@XmlRootElement(name = "distributionRequest")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "DistributionRequest")
public class DistributionRequest {

    @XmlElement(name = "ids")
    @Schema(description = "Content ids, at most 1,000", required = true, maxItems = 1000,
            example = "[\"post-8841\",\"post-8842\"]")
    public List<String> ids;
}
