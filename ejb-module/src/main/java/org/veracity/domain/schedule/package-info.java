/**
 * Nightly jobs on a cluster: every instance's timer fires, and the slot claim decides which one runs the job.
 */
package org.veracity.domain.schedule;
