package org.veracity.infrastructure.grid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veracity.domain.content.ContentStatus;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.distribution.DemotionTerm;
import org.veracity.domain.distribution.DisclosureTerm;
import org.veracity.domain.distribution.ItemProjection;
import org.veracity.domain.distribution.LabelTerm;
import org.veracity.domain.distribution.PenaltyBook;
import org.veracity.domain.distribution.PenaltyTerm;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.domain.offender.RepeatOffender.SubjectKind;
import org.veracity.domain.sponsorship.DisclosureStatus;

/**
 * The projection's values as plain bytes: the grid then holds no class of ours, so instances of different versions
 * and the grid's own class loading never meet our types, and a value costs its bytes only. Every value starts with
 * the format and the stamp it was published with. Enums are written by name, so reordering one changes nothing.
 */
final class ProjectionCodec {

    private static final byte FORMAT = 1;

    private ProjectionCodec() {
    }

    static long stampOf(byte[] value) {
        long stamp = 0;
        for (int i = 1; i <= 8; i++) {
            stamp = (stamp << 8) | (value[i] & 0xFF);
        }
        return stamp;
    }

    static byte[] encode(long stamp, ItemProjection p) {
        return write(stamp, out -> {
            out.writeLong(p.id());
            out.writeUTF(p.platformId());
            out.writeUTF(p.status().name());
            text(out, p.statusReason());
            text(out, p.authorId());
            text(out, p.registrableDomain());
            out.writeShort(p.demotions().size());
            for (DemotionTerm d : p.demotions()) {
                out.writeUTF(d.kind().name());
                out.writeDouble(d.multiplier());
                instant(out, d.startsAt());
                instant(out, d.endsAt());
                instant(out, d.liftedAt());
                text(out, d.reason());
                text(out, d.policyVersion());
            }
            out.writeShort(p.labels().size());
            for (LabelTerm l : p.labels()) {
                text(out, l.kind());
                text(out, l.text());
                text(out, l.url());
                instant(out, l.appliedAt());
                instant(out, l.removedAt());
            }
            out.writeShort(p.currentVerdicts().size());
            for (Verdict v : p.currentVerdicts()) {
                out.writeUTF(v.name());
            }
            DisclosureTerm d = p.disclosure();
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeUTF(d.status().name());
                instant(out, d.deadline());
                text(out, d.paidForBy());
                text(out, d.policyVersion());
            }
        });
    }

    static ItemProjection decodeItem(byte[] value) {
        return read(value, in -> {
            long id = in.readLong();
            String platformId = in.readUTF();
            ContentStatus status = ContentStatus.valueOf(in.readUTF());
            String reason = text(in);
            String author = text(in);
            String domain = text(in);
            int n = in.readShort();
            List<DemotionTerm> demotions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                demotions.add(new DemotionTerm(DemotionKind.valueOf(in.readUTF()), in.readDouble(), instant(in),
                        instant(in), instant(in), text(in), text(in)));
            }
            n = in.readShort();
            List<LabelTerm> labels = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                labels.add(new LabelTerm(text(in), text(in), text(in), instant(in), instant(in)));
            }
            n = in.readShort();
            List<Verdict> verdicts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                verdicts.add(Verdict.valueOf(in.readUTF()));
            }
            DisclosureTerm disclosure = in.readBoolean()
                    ? new DisclosureTerm(DisclosureStatus.valueOf(in.readUTF()), instant(in), text(in), text(in))
                    : null;
            return new ItemProjection(id, platformId, status, reason, author, domain, demotions, labels, verdicts,
                    disclosure);
        });
    }

    static byte[] encode(long stamp, PenaltyBook book) {
        return write(stamp, out -> {
            out.writeInt(book.penalties().size());
            for (PenaltyTerm p : book.penalties()) {
                out.writeUTF(p.subjectKind().name());
                text(out, p.subject());
                out.writeDouble(p.multiplier());
                instant(out, p.startsAt());
                instant(out, p.endsAt());
                text(out, p.policyVersion());
            }
        });
    }

    static PenaltyBook decodePenalties(byte[] value) {
        return read(value, in -> {
            int n = in.readInt();
            List<PenaltyTerm> terms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                terms.add(new PenaltyTerm(SubjectKind.valueOf(in.readUTF()), text(in), in.readDouble(), instant(in),
                        instant(in), text(in)));
            }
            return new PenaltyBook(terms);
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(long stamp, Writer body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(stamp);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] value, Reader<T> body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalStateException("a projection value of another format");
            }
            in.readLong();
            return body.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
