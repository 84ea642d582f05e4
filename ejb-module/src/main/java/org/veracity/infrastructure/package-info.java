/**
 * Technical implementations of domain interfaces: JPA repositories, the clock, schema
 * migrations, configuration producers and the demo data loader. No rule is decided here.
 */
package org.veracity.infrastructure;
