/**
 * R11: repeatedly fact-checked hoaxes — entries nominated by a specialist with their evidence,
 * decided by a different policy lead, matched at intake while their break-glass measure is active
 * (the matching itself is {@code domain.hoax}).
 */
package org.veracity.domain.rfh;
