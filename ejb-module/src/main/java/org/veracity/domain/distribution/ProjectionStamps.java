package org.veracity.domain.distribution;

/** A number from the database that grows with every call, across all instances; see {@link DistributionProjection}. */
public interface ProjectionStamps {

    long next();
}
