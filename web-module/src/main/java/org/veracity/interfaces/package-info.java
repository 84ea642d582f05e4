/**
 * Boundaries: JAX-RS resources ({@code rest}), JSF backing beans ({@code web}) and the public
 * pages ({@code transparency}). They convert input, call an application service of the
 * ejb-module and convert its answer; no rule is decided here.
 */
package org.veracity.interfaces;
