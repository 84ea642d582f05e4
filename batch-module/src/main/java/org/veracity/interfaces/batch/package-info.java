/**
 * Jakarta Batch jobs. Readers, processors, writers and batchlets translate between job steps and
 * application services in the ejb-module; they decide nothing themselves. Job XML lives in
 * META-INF/batch-jobs/. This jar is packaged as an EJB module so that, inside the EAR, it sees the
 * ejb-module's classes; the same jar works inside the WAR on Payara Micro.
 */
package org.veracity.interfaces.batch;
