package cn.sh.pilot.app.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static List<ChainLink> chain(int length) {
        List<ChainLink> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            Instant at = Instant.parse("2026-03-01T02:00:00.123456789Z").plusSeconds(i);
            String after = "{\"n\":" + i + "}";
            String hash = AuditChain.hash(i, at, "admin", "user.updated", "user", "u" + i, null, after, previous);
            links.add(new ChainLink(i, AuditChain.normalise(at), "admin", "user.updated", "user", "u" + i, null, after, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static ChainVerification verify(List<ChainLink> links, long headId, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (ChainLink l : links) {
            if (!verifier.accept(l)) {
                break;
            }
        }
        return verifier.finish(headId, headHash);
    }

    private static ChainLink withAfter(ChainLink l, String after) {
        return new ChainLink(l.id(), l.occurredAt(), l.actor(), l.action(), l.entityType(), l.entityId(), l.beforeJson(), after,
                l.previousHash(), l.hash());
    }

    @Test
    void an_untouched_chain_is_intact() {
        List<ChainLink> links = chain(5);

        ChainVerification result = verify(links, 5, links.get(4).hash());

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void an_empty_chain_is_intact() {
        assertThat(verify(List.of(), 0, AuditChain.GENESIS).intact()).isTrue();
    }

    @Test
    void a_changed_entry_is_named_as_changed() {
        List<ChainLink> links = new ArrayList<>(chain(5));
        links.set(2, withAfter(links.get(2), "{\"n\":999}"));

        ChainVerification result = verify(links, 5, links.get(4).hash());

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenId()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
        assertThat(result.brokenAt()).isEqualTo(links.get(2).occurredAt());
    }

    @Test
    void an_entry_rewritten_with_a_fresh_hash_breaks_the_next_link() {
        List<ChainLink> links = new ArrayList<>(chain(5));
        ChainLink forged = withAfter(links.get(1), "{\"n\":-1}");
        String forgedHash = AuditChain.hashOf(forged);
        links.set(1, new ChainLink(forged.id(), forged.occurredAt(), forged.actor(), forged.action(), forged.entityType(),
                forged.entityId(), forged.beforeJson(), forged.afterJson(), forged.previousHash(), forgedHash));

        ChainVerification result = verify(links, 5, links.get(4).hash());

        assertThat(result.brokenId()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
    }

    @Test
    void a_deleted_entry_is_found_where_the_ids_jump() {
        List<ChainLink> links = new ArrayList<>(chain(5));
        links.remove(1);

        ChainVerification result = verify(links, 5, links.get(3).hash());

        assertThat(result.brokenId()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ENTRY_MISSING);
    }

    @Test
    void deleted_entries_at_the_end_are_found_through_the_head() {
        List<ChainLink> links = chain(5);

        ChainVerification result = verify(links.subList(0, 3), 5, links.get(4).hash());

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenId()).isEqualTo(5L);
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.TAIL_MISSING);
    }

    @Test
    void the_hash_covers_every_field_and_cannot_be_shifted_between_fields() {
        Instant at = Instant.parse("2026-03-01T02:00:00Z");
        String base = AuditChain.hash(1, at, "a", "b", "c", "d", "e", "f", AuditChain.GENESIS);

        assertThat(AuditChain.hash(1, at, "a", "b", "c", "d", "e", "f ", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hash(1, at, "ab", "", "c", "d", "e", "f", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hash(1, at, "a", "b", "c", "d", null, "f", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hash(2, at, "a", "b", "c", "d", "e", "f", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hash(1, at.plusNanos(1000), "a", "b", "c", "d", "e", "f", AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(base).hasSize(64);
    }
}
