/**
 * R10: break-glass measures — prepared, inactive policy packages tied to an issue of importance,
 * switched on and off only by a policy lead, every switch kept for the public pages.
 */
package org.veracity.domain.breakglass;
