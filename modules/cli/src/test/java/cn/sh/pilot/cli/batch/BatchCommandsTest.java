package cn.sh.pilot.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.Pilot;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.marshal.RecommendationBatchMarshaller;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptContent;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.exchange.receipt.ReceiptVerdict;
import cn.sh.pilot.exchange.receipt.ReceiptWriter;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.transport.endpoint.EndpointSettings;
import cn.sh.pilot.exchange.transport.endpoint.FolderSftpAccounts;
import cn.sh.pilot.exchange.transport.endpoint.SftpEndpoint;
import cn.sh.pilot.intake.api.IntakeError;

/**
 * {@code pilot batch build|sign|send} and {@code pilot receipts fetch} in-process, end to end: real application
 * samples, real demo keys and signatures, a real municipal {@link SftpEndpoint} on an ephemeral port with an ed25519
 * account key made by {@code ssh-keygen}, and real signed receipts.
 */
class BatchCommandsTest {

    private static final Path SAMPLES = Path.of(System.getProperty("pilot.samples.dir", "../../schemas/samples"),
            "application", "good");
    private static final String CITY = "3f1c2a9e-8b7d-4c6e-9a51-2d0e4b7f6a13";
    private static final String HYDROGEN = "0d9e8f7a-6b5c-4d3e-8f1a-9b8c7d6e5f40";
    private static final String OPINIONS_HEADER = "application,recommend,rank,reviewer,title,date,opinion\n";

    @TempDir
    Path dir;

    private Path keys;
    private Path applications;
    private Path state;
    private SftpEndpoint endpoint;
    private Path sshKey;
    private Path hostKey;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        keys = dir.resolve("keys");
        assertThat(pilot("keys", "demo", keys.toString(), "--ec")).as(err).isZero();
        applications = Files.createDirectories(dir.resolve("applications"));
        state = dir.resolve("state");
    }

    @AfterEach
    void stopEndpoint() throws IOException {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void builds_signs_and_sends_a_batch_that_arrives_in_the_inbox_under_its_final_name_then_shows_its_receipt()
            throws Exception {
        copySample("key-project-city-digital-governance.xml", "xuhui-ops.xml");
        Path opinions = Files.writeString(dir.resolve("opinions.csv"), OPINIONS_HEADER
                + "xuhui-ops.xml,是,1,孙立新,标准化科科长,2023-05-18,\"经初审，该单位符合申报条件，同意推荐。\"\n");
        Path batch = dir.resolve("batch.zip");

        assertThat(build(opinions, batch)).as(out + err).isZero();
        assertThat(out).contains("序号 / sequence:            1").contains("首个批次 first batch")
                .contains("1. ").contains(CITY);
        RecommendationBatch document = payload(batch);
        assertThat(document.getHeader().getSequence()).isEqualTo(1);
        assertThat(document.getHeader().getPreviousBatchSha256()).isNull();
        assertThat(document.getItem()).singleElement().satisfies(item -> {
            assertThat(item.getApplication().getApplicationId()).isEqualTo(CITY);
            assertThat(item.getPriorityRank()).isEqualTo(1);
            assertThat(item.getOpinion().getText()).isEqualTo("经初审，该单位符合申报条件，同意推荐。");
            assertThat(item.getOpinion().getReviewer().getName()).isEqualTo("孙立新");
        });

        assertThat(pilot("batch", "sign", batch.toString(), "--keystore", keys.resolve("keys/310104.p12").toString(),
                "--password", "pilot-demo")).as(out + err).isZero();
        startEndpoint();
        assertThat(send(batch, "--trust", keys.resolve("trust").toString())).as(out + err).isZero();
        assertThat(out).contains("ACCEPTED").contains("已送达 / delivered: inbox/batch-310104-0001-");

        Path inbox = endpoint.sites().inbox("310104");
        List<Path> arrived = list(inbox);
        assertThat(arrived).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("batch-310104-0001-[0-9a-f]{8}\\.zip");
            assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(batch));
        });
        BatchState.SentBatch sent = BatchState.load(state, "310104").batches().get(0);
        assertThat(sent.status()).isEqualTo(BatchState.Status.SENT);
        assertThat(sent.packageSha256()).isEqualTo(SendBatchCommand.sha256(batch));

        writeReceipt(municipalKey(), sent, ReceiptVerdict.ACCEPTED,
                ItemResult.accepted(sent.items().get(0).itemId()));
        Path receipts = dir.resolve("receipts");
        assertThat(fetch(receipts)).as(out + err).isZero();
        assertThat(out).contains("取回 / fetched: 1").contains("接受 ACCEPTED — 批次已导入")
                .contains("[接受 ACCEPTED] 项目 / item " + sent.items().get(0).itemId())
                .contains("（申请 / application " + CITY + "）").contains("序号 / sequence 1");
        assertThat(BatchState.load(state, "310104").batches().get(0).status()).isEqualTo(BatchState.Status.ACCEPTED);

        assertThat(fetch(receipts)).isZero();
        assertThat(out).contains("取回 / fetched: 0");
    }

    @Test
    void the_second_batch_continues_the_chain_of_the_first_and_leaves_out_what_was_sent() throws Exception {
        copySample("key-project-city-digital-governance.xml", "xuhui-ops.xml");
        Path opinions = Files.writeString(dir.resolve("opinions.csv"), OPINIONS_HEADER
                + CITY + ",yes,1,孙立新,,2023-05-18,同意推荐。\n");
        startEndpoint();
        Path first = dir.resolve("batch-1.zip");
        assertThat(build(opinions, first)).as(out).isZero();
        signAndSend(first);
        String firstDigest = SendBatchCommand.sha256(first);

        copySample("key-project-hydrogen-energy.xml", "pudong-hydrogen.xml");
        Files.writeString(opinions, OPINIONS_HEADER + CITY + ",yes,1,孙立新,,2023-05-18,同意推荐。\n"
                + "pudong-hydrogen.xml,yes,1,孙立新,,2023-05-19,同意推荐。\n");
        Path second = dir.resolve("batch-2.zip");
        assertThat(build(opinions, second)).as(out).isZero();
        assertThat(out).contains(CITY + ": 已在此前的批次中发送");
        RecommendationBatch document = payload(second);
        assertThat(document.getHeader().getSequence()).isEqualTo(2);
        assertThat(document.getHeader().getPreviousBatchSha256()).isEqualTo(firstDigest);
        assertThat(document.getItem()).extracting(i -> i.getApplication().getApplicationId()).containsExactly(HYDROGEN);

        signAndSend(second);
        assertThat(list(endpoint.sites().inbox("310104"))).extracting(p -> p.getFileName().toString().substring(0, 18))
                .containsExactly("batch-310104-0001-", "batch-310104-0002-");
        assertThat(BatchState.load(state, "310104").batches()).extracting(BatchState.SentBatch::sequence).containsExactly(1, 2);

        assertThat(send(first)).isEqualTo(ExitCodes.REFUSED);
        assertThat(err).contains("batch-out-of-chain").contains("batch-duplicate");
    }

    @Test
    void a_refused_batch_gives_its_sequence_to_the_next_one() throws Exception {
        copySample("key-project-city-digital-governance.xml", "xuhui-ops.xml");
        Path opinions = Files.writeString(dir.resolve("opinions.json"), "[{\"application\": \"" + CITY
                + "\", \"recommend\": true, \"rank\": 1, \"reviewer\": \"孙立新\", \"opinion\": \"同意推荐。\"}]");
        startEndpoint();
        Path first = dir.resolve("batch-1.zip");
        assertThat(build(opinions, first)).as(out).isZero();
        signAndSend(first);
        BatchState.SentBatch sent = BatchState.load(state, "310104").batches().get(0);
        writeReceipt(municipalKey(), sent, ReceiptVerdict.REFUSED, ItemResult.refused(sent.items().get(0).itemId(),
                ReceiptReason.of(IntakeError.CALL_CLOSED, "2023-05-16").at("/RecommendationBatch/Item[1]")));

        assertThat(fetch(dir.resolve("receipts"))).as(out).isZero();
        assertThat(out).contains("拒绝 REFUSED — 批次未导入").contains("[call-closed]").contains(IntakeError.CALL_CLOSED.zh())
                .contains(IntakeError.CALL_CLOSED.en()).contains("the next batch reuses sequence 1");

        Path again = dir.resolve("batch-again.zip");
        assertThat(build(opinions, again)).as(out).isZero();
        assertThat(payload(again).getHeader().getSequence()).isEqualTo(1);
        assertThat(payload(again).getHeader().getPreviousBatchSha256()).isNull();
    }

    @Test
    void a_receipt_not_signed_by_the_municipal_site_is_not_shown_and_the_exit_code_says_so() throws Exception {
        startEndpoint();
        BatchState.SentBatch unknown = new BatchState.SentBatch(1, UUID.randomUUID().toString(), "ab".repeat(32), "inbox/x.zip",
                "2023-05-18T10:00+08:00", BatchState.Status.SENT, List.of());
        writeReceipt(SigningKey.fromPkcs12(keys.resolve("keys/310104.p12"), "pilot-demo".toCharArray()), unknown,
                ReceiptVerdict.ACCEPTED);

        assertThat(fetch(dir.resolve("receipts"))).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("未通过核验 / NOT VERIFIED").contains("signer-not-claimed-sender")
                .contains("failed verification").doesNotContain("接受 ACCEPTED — 批次已导入");
    }

    @Test
    void refuses_to_build_when_a_recommended_application_is_late_or_has_a_wrong_credit_code_naming_each_problem()
            throws Exception {
        Path late = copySample("key-project-city-digital-governance.xml", "late.xml");
        Files.writeString(late, Files.readString(late).replace("2023-05-08T10:15:00+08:00", "2023-05-16T09:00:00+08:00"));
        Path wrongUscc = copySample("general-project-elderly-care.xml", "wrong-uscc.xml");
        Files.writeString(wrongUscc, Files.readString(wrongUscc).replace("91310112MA7AB1C2DG", "91310112MA7AB1C2DH"));
        Path opinions = Files.writeString(dir.resolve("opinions.csv"), OPINIONS_HEADER
                + "late.xml,是,1,孙立新,,2023-05-18,同意推荐。\nwrong-uscc.xml,是,2,孙立新,,2023-05-18,同意推荐。\n");
        Path batch = dir.resolve("batch.zip");

        assertThat(build(opinions, batch)).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("未生成批次 / no batch built")
                .contains("[call-closed] late.xml").contains(IntakeError.CALL_CLOSED.zh()).contains(IntakeError.CALL_CLOSED.en())
                .contains("[uscc-check-character-wrong] wrong-uscc.xml")
                .contains(IntakeError.USCC_CHECK_CHARACTER_WRONG.zh()).contains(IntakeError.USCC_CHECK_CHARACTER_WRONG.en())
                .contains(BatchCliError.APPLICATION_INELIGIBLE.zh());
        assertThat(batch).doesNotExist();
    }

    @Test
    void refuses_a_schema_invalid_application_with_its_error_id_file_and_line() throws Exception {
        Path broken = copySample("key-project-city-digital-governance.xml", "broken.xml");
        Files.writeString(broken, Files.readString(broken).replace("12310000425012345C", "1231000042501234"));
        Path opinions = Files.writeString(dir.resolve("opinions.csv"), OPINIONS_HEADER + "broken.xml,是,1,孙立新,,,同意推荐。\n");

        assertThat(build(opinions, dir.resolve("batch.zip"))).isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("[pattern-mismatch] broken.xml").containsPattern("line \\d+, column \\d+")
                .contains("[opinion-unknown-application]");
    }

    @Test
    void refuses_to_send_an_unsigned_batch() throws Exception {
        copySample("key-project-city-digital-governance.xml", "xuhui-ops.xml");
        Path opinions = Files.writeString(dir.resolve("opinions.csv"), OPINIONS_HEADER + "xuhui-ops.xml,是,1,孙立新,,,同意推荐。\n");
        Path batch = dir.resolve("batch.zip");
        assertThat(build(opinions, batch)).as(out).isZero();
        startEndpoint();

        assertThat(send(batch)).isEqualTo(ExitCodes.REFUSED);
        assertThat(err).contains("package-not-signed").contains("signature-missing");
        assertThat(list(endpoint.sites().inbox("310104"))).isEmpty();
        assertThat(BatchState.fileOf(state, "310104")).doesNotExist();
    }

    @Test
    void package_send_delivers_a_guarantors_signed_extension_request_and_refuses_unsigned_and_foreign_packages()
            throws Exception {
        String sample = Files.readString(Path.of("../../schemas/samples/extension-request/good/three-months-with-evidence.xml"));
        Path xml = Files.writeString(dir.resolve("extension-request.xml"),
                sample.replaceFirst("<cm:Code>310112</cm:Code>", "<cm:Code>310104</cm:Code>"));
        Path request = dir.resolve("extension.zip");
        assertThat(pilot("package", "build", "--payload", xml.toString(), "-o", request.toString())).as(err).isZero();
        startEndpoint();
        assertThat(sendPackage(request)).as(out + err).isNotZero();
        assertThat(out + err).contains("package-not-signed");
        assertThat(list(endpoint.sites().inbox("310104"))).isEmpty();

        assertThat(pilot("package", "sign", request.toString(), "--keystore", keys.resolve("keys/310104.p12").toString(),
                "--password", "pilot-demo")).as(out + err).isZero();
        assertThat(sendPackage(request, "--trust", keys.resolve("trust").toString())).as(out + err).isZero();
        assertThat(out).contains("已送达 / delivered: inbox/extension-request-");
        assertThat(list(endpoint.sites().inbox("310104"))).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("extension-request-[0-9a-f]{8}\\.zip");
            assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(request));
        });

        Path foreign = dir.resolve("foreign.zip");
        Path foreignXml = Files.writeString(dir.resolve("extension-request.xml"), sample);
        assertThat(pilot("package", "build", "--payload", foreignXml.toString(), "-o", foreign.toString())).as(err).isZero();
        assertThat(pilot("package", "sign", foreign.toString(), "--keystore", keys.resolve("keys/310112.p12").toString(),
                "--password", "pilot-demo")).as(out + err).isZero();
        assertThat(sendPackage(foreign)).as(out + err).isNotZero();
        assertThat(out + err).contains("package-other-account");
        assertThat(list(endpoint.sites().inbox("310104"))).hasSize(1);
    }

    private int sendPackage(Path pkg, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("package", "send", pkg.toString()));
        args.addAll(sftpArgs().subList(0, sftpArgs().size() - 2)); // no --state for packages
        args.addAll(List.of(more));
        return pilot(args.toArray(String[]::new));
    }

    // ------------------------------------------------------------------ helpers

    private int pilot(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Pilot.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int build(Path opinions, Path output) {
        return pilot("batch", "build", "--recommender", "310104", "--call", "2023-139", "--opinions", opinions.toString(),
                "--applications", applications.toString(), "--state", state.toString(), "-o", output.toString());
    }

    private void signAndSend(Path batch) throws IOException {
        assertThat(pilot("batch", "sign", batch.toString(), "--keystore", keys.resolve("keys/310104.p12").toString(),
                "--password", "pilot-demo")).as(err).isZero();
        assertThat(send(batch)).as(out + err).isZero();
    }

    private int send(Path batch, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", "send", batch.toString()));
        args.addAll(sftpArgs());
        args.addAll(List.of(more));
        return pilot(args.toArray(String[]::new));
    }

    private int fetch(Path receipts) {
        List<String> args = new java.util.ArrayList<>(List.of("receipts", "fetch", "-o", receipts.toString(),
                "--trust", keys.resolve("trust").toString()));
        args.addAll(sftpArgs());
        return pilot(args.toArray(String[]::new));
    }

    private List<String> sftpArgs() {
        return List.of("--host", "127.0.0.1", "--port", String.valueOf(endpoint.port()), "--user", "310104",
                "--key", sshKey.toString(), "--host-key", hostKey.toString(), "--retries", "1", "--retry-delay", "PT0.05S",
                "--timeout", "PT10S", "--state", state.toString());
    }

    private void startEndpoint() throws Exception {
        Path root = dir.resolve("municipal");
        FolderSftpAccounts accounts = new FolderSftpAccounts(root);
        endpoint = SftpEndpoint.start(new EndpointSettings("127.0.0.1", 0, root, dir.resolve("host-key")), accounts);
        endpoint.sites().prepare("310104");
        sshKey = dir.resolve("ssh/id_ed25519");
        Files.createDirectories(sshKey.getParent());
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "310104", "-f",
                sshKey.toString()).redirectErrorStream(true).start();
        assertThat(keygen.waitFor()).as(new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        accounts.register("310104", Files.readString(Path.of(sshKey + ".pub")));
        hostKey = Files.writeString(dir.resolve("host_key.pub"), endpoint.hostKeyLine() + "\n");
    }

    private SigningKey municipalKey() throws Exception {
        return SigningKey.fromPkcs12(keys.resolve("keys/310000.p12"), "pilot-demo".toCharArray());
    }

    private void writeReceipt(SigningKey key, BatchState.SentBatch sent, ReceiptVerdict verdict, ItemResult... items)
            throws IOException {
        ReceiptContent content = new ReceiptContent(UUID.randomUUID().toString(), "310104", sent.packageSha256(),
                sent.batchId(), verdict, List.of(), List.of(items), "0c".repeat(32), "8e".repeat(32),
                OffsetDateTime.now().minus(Duration.ofMinutes(1)));
        new ReceiptWriter(key).write(content, endpoint.sites().receipts("310104"), sent.packageSha256() + "-1.receipt.zip");
    }

    private Path copySample(String sample, String as) throws IOException {
        return Files.copy(SAMPLES.resolve(sample), applications.resolve(as));
    }

    private static RecommendationBatch payload(Path pkg) throws Exception {
        try (ZipFile zip = new ZipFile(pkg.toFile()); InputStream in = zip.getInputStream(zip.getEntry("batch.xml"))) {
            return new RecommendationBatchMarshaller().read(in);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
