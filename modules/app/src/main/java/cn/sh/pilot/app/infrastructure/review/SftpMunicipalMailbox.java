package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.app.application.MunicipalMailbox;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.domain.decision.NoticedDecision;
import cn.sh.pilot.review.infrastructure.xml.DecisionNoticeMapper;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.receipt.MunicipalAnswer;
import cn.sh.pilot.exchange.receipt.MunicipalAnswerReader;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.transport.CompleteFileName;
import cn.sh.pilot.exchange.transport.TransportError;
import cn.sh.pilot.exchange.transport.client.Fetched;
import cn.sh.pilot.exchange.transport.client.SftpSender;
import cn.sh.pilot.exchange.trust.PinnedTrustStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link MunicipalMailbox} over exchange's {@link SftpSender#fetch} (pinned host key, key authentication, retries;
 * each file downloaded to a hidden temporary name, then moved) into {@code <data>/receipts/}, and exchange's
 * {@link MunicipalAnswerReader} with the pinned municipal certificate ({@link PinnedTrustStore}) — the same reading
 * as {@code pilot receipts fetch}. Files stay in the local folder (it is also what {@code fetch} skips next time).
 */
@ApplicationScoped
public class SftpMunicipalMailbox implements MunicipalMailbox {

    @Inject
    MunicipalEndpoint endpoint;
    @Inject
    SiteConfig site;

    @Override
    public boolean canFetch() {
        return endpoint.canFetch();
    }

    private Path local() {
        return site.dataDir().resolve("receipts");
    }

    @Override
    public Round fetch() {
        Fetched fetched;
        try (SftpSender sender = new SftpSender(endpoint.target(), endpoint.retries())) {
            fetched = sender.fetch(endpoint.receipts(), local());
        } catch (RefusedException e) {
            return round(0, e.id(), e.error().zh(), e.error().en(), e.detail());
        } catch (IOException e) {
            return round(0, TransportError.CONNECTION_LOST.id(), TransportError.CONNECTION_LOST.zh(),
                    TransportError.CONNECTION_LOST.en(), e.getMessage());
        }
        return fetched.complete() ? round(fetched.files().size(), null, null, null, null)
                : round(fetched.files().size(), fetched.errorId().orElse(null), fetched.error().zh(), fetched.error().en(),
                        fetched.detail());
    }

    private Round round(int fetched, String errorId, String zh, String en, String detail) {
        List<Held> held = new ArrayList<>();
        if (Files.isDirectory(local())) {
            try (Stream<Path> files = Files.list(local())) {
                for (Path file : files.filter(f -> CompleteFileName.isFinal(f.getFileName().toString()))
                        .filter(Files::isRegularFile).sorted().toList()) {
                    held.add(new Held(file, PackageStore.digestOf(file)));
                }
            } catch (IOException e) {
                return new Round(fetched, held, TransportError.LOCAL_FOLDER_UNWRITABLE.id(),
                        TransportError.LOCAL_FOLDER_UNWRITABLE.zh(), TransportError.LOCAL_FOLDER_UNWRITABLE.en(),
                        e.getMessage());
            }
        }
        return new Round(fetched, held, errorId, zh, en, detail);
    }

    @Override
    public MunicipalAnswer read(Path file) throws IOException {
        Path pinned = endpoint.certificate().orElseThrow(() -> new IOException("PILOT_MUNICIPAL_CERTIFICATE is not set"));
        return new MunicipalAnswerReader(new PackageVerifier(PinnedTrustStore.load(pinned))).read(file);
    }

    @Override
    public List<NoticedDecision> decisions(DecisionNotice notice) {
        return new DecisionNoticeMapper().fromContract(notice);
    }
}
