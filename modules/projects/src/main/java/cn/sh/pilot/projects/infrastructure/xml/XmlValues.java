package cn.sh.pilot.projects.infrastructure.xml;

import cn.sh.pilot.contracts.common.v1.Attachment;
import cn.sh.pilot.contracts.common.v1.Attachments;
import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.common.v1.Standard;
import cn.sh.pilot.projects.domain.AttachmentRef;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.Shanghai;
import cn.sh.pilot.projects.domain.output.StandardLevel;
import cn.sh.pilot.projects.domain.output.StandardStage;
import cn.sh.pilot.projects.domain.output.StandardStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The common types ({@code cm:}) shared by this module's documents, both ways. */
final class XmlValues {

    private XmlValues() {
    }

    static Organisation organisation(Party party) {
        return new Organisation(party.getCode(), party.getName());
    }

    static Party party(Organisation organisation) {
        Party party = new Party();
        party.setCode(organisation.code());
        party.setName(organisation.name());
        return party;
    }

    static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    /** Written with the Shanghai offset (+08:00), as the console shows it. */
    static OffsetDateTime dateTime(Instant instant) {
        return instant.atZone(Shanghai.ZONE).toOffsetDateTime();
    }

    static List<AttachmentRef> attachments(Attachments attachments) {
        if (attachments == null) {
            return List.of();
        }
        return attachments.getAttachment().stream()
                .map(a -> new AttachmentRef(a.getFileName(), a.getTitle(), a.getMediaType(), a.getSha256(), a.getSize()))
                .toList();
    }

    /** {@code null} for none: the element is optional and may not be empty. */
    static Attachments attachments(List<AttachmentRef> refs) {
        if (refs.isEmpty()) {
            return null;
        }
        Attachments attachments = new Attachments();
        for (AttachmentRef ref : refs) {
            Attachment a = new Attachment();
            a.setFileName(ref.fileName());
            a.setTitle(ref.title());
            a.setMediaType(ref.mediaType());
            a.setSha256(ref.sha256());
            a.setSize(ref.size());
            attachments.getAttachment().add(a);
        }
        return attachments;
    }

    static StandardStatus standard(Standard standard) {
        return new StandardStatus(StandardLevel.valueOf(standard.getLevel().value()), standard.getTitle(),
                StandardStage.valueOf(standard.getStage().value()), standard.getStandardNumber());
    }

    static Standard standard(StandardStatus status) {
        Standard standard = new Standard();
        standard.setLevel(cn.sh.pilot.contracts.common.v1.StandardLevel.fromValue(status.level().name()));
        standard.setTitle(status.title());
        standard.setStage(cn.sh.pilot.contracts.common.v1.StandardStage.fromValue(status.stage().name()));
        standard.setStandardNumber(status.number());
        return standard;
    }
}
