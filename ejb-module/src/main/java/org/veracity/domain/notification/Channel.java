package org.veracity.domain.notification;

/** How a message reaches its recipient (R20). */
public enum Channel { WEBHOOK, EMAIL, WHATSAPP }
