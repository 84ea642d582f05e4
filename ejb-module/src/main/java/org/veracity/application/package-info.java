/**
 * Use cases. Interfaces here are what the web and batch modules call; their {@code @Stateless}
 * implementations in {@code application.internal} own the transactions: load, ask the domain,
 * store, append the audit event. Input is validated here with Bean Validation so every caller
 * gets the same checks.
 */
package org.veracity.application;
