/**
 * What Veracity publishes about itself (R23): which audit events count as enforcements, how they are
 * grouped (ISO week, cited policy version, action, region), the fact-checking figures and the
 * schema.org ClaimReview form of a published rating. Nothing here names a person: people are counted.
 */
package org.veracity.domain.transparency;
