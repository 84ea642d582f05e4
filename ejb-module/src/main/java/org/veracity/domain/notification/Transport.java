package org.veracity.domain.notification;

/**
 * One way of sending (webhook, e-mail, WhatsApp). The delivery worker gives it a {@link Dispatch} outside any
 * transaction and records the {@link SendResult}; a transport never touches the outbox itself.
 */
public interface Transport {

    Channel channel();

    SendResult send(Dispatch dispatch);

    /** What a transport needs to send one delivery, copied out of the outbox rows. */
    record Dispatch(long deliveryId, Channel channel, String target, String secret, String topic, String subjectType,
                    String subjectId, String body) {
    }

    /** DELIVERED; FAILED (tried again on the schedule); CREDENTIALS_REFUSED (held until an admin replaces them). */
    record SendResult(Kind kind, String error) {

        public enum Kind { DELIVERED, FAILED, CREDENTIALS_REFUSED }

        public static SendResult delivered() {
            return new SendResult(Kind.DELIVERED, null);
        }

        public static SendResult failed(String error) {
            return new SendResult(Kind.FAILED, error);
        }

        public static SendResult credentialsRefused(String error) {
            return new SendResult(Kind.CREDENTIALS_REFUSED, error);
        }
    }
}
