package cn.sh.pilot.exchange.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A trust store read once from a folder, for the command line and for tests; laid out as
 * {@link TrustFolder} describes. Everything is loaded by {@link #load(Path)}: verification never
 * reads the folder again.
 */
public final class FolderTrustStore implements TrustStore {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{2,32}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private final List<X509Certificate> authorities;
    private final Map<String, List<X509Certificate>> byCode;
    private final Map<String, Set<String>> codesByFingerprint;
    private final Map<String, Revocation> revocations;

    private FolderTrustStore(List<X509Certificate> authorities, Map<String, List<X509Certificate>> byCode,
                             Map<String, Revocation> revocations) {
        this.authorities = List.copyOf(authorities);
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, Set<String>> codes = new HashMap<>();
        byCode.forEach((code, certs) -> certs.forEach(
                c -> codes.computeIfAbsent(Fingerprint.of(c), k -> new TreeSet<>()).add(code)));
        this.codesByFingerprint = codes;
        this.revocations = Map.copyOf(revocations);
    }

    /** Reads the whole folder; a malformed file is an error naming that file and line. */
    public static FolderTrustStore load(Path folder) throws IOException {
        TrustFolder layout = new TrustFolder(folder);
        if (!Files.isDirectory(layout.authorities())) {
            throw new IOException("not a trust folder (no " + layout.authorities() + ")");
        }
        List<X509Certificate> authorities = new ArrayList<>();
        for (Path pem : pemFiles(layout.authorities())) {
            authorities.addAll(Pem.readCertificates(pem));
        }
        if (authorities.isEmpty()) {
            throw new IOException("no certificate authority in " + layout.authorities());
        }
        Map<String, List<X509Certificate>> byCode = new LinkedHashMap<>();
        if (Files.isDirectory(layout.signers())) {
            try (Stream<Path> codes = Files.list(layout.signers())) {
                for (Path dir : codes.filter(Files::isDirectory).sorted().toList()) {
                    String code = dir.getFileName().toString();
                    if (!CODE.matcher(code).matches()) {
                        throw new IOException("not a recommender code: " + dir);
                    }
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Path pem : pemFiles(dir)) {
                        certs.addAll(Pem.readCertificates(pem));
                    }
                    certs.sort((a, b) -> a.getNotBefore().compareTo(b.getNotBefore()));
                    byCode.put(code, List.copyOf(certs));
                }
            }
        }
        Map<String, Revocation> revocations = new HashMap<>();
        if (Files.exists(layout.revocations())) {
            int lineNumber = 0;
            for (String line : Files.readAllLines(layout.revocations(), StandardCharsets.UTF_8)) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Revocation r = parseRevocation(text, layout.revocations() + ":" + lineNumber);
                revocations.put(r.fingerprint(), r);
            }
        }
        return new FolderTrustStore(authorities, byCode, revocations);
    }

    /** One revocation line: {@code <sha256-hex> <revoked-at ISO-8601 with offset> <reason ...>}. */
    static Revocation parseRevocation(String line, String where) throws IOException {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 2 || !FINGERPRINT.matcher(parts[0].toLowerCase()).matches()) {
            throw new IOException(where + ": expected '<sha256 fingerprint> <revoked-at> <reason>'");
        }
        try {
            return new Revocation(parts[0].toLowerCase(), OffsetDateTime.parse(parts[1]), parts.length > 2 ? parts[2] : "");
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": revoked-at must look like 2025-06-01T00:00:00+08:00", e);
        }
    }

    private static List<Path> pemFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pem") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    @Override
    public List<X509Certificate> authorities() {
        return authorities;
    }

    @Override
    public Set<String> registrationsOf(X509Certificate certificate) {
        return codesByFingerprint.getOrDefault(Fingerprint.of(certificate), Set.of());
    }

    @Override
    public List<X509Certificate> certificatesOf(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    @Override
    public Optional<Revocation> revocationOf(X509Certificate certificate) {
        return Optional.ofNullable(revocations.get(Fingerprint.of(certificate)));
    }
}
