package cn.sh.pilot.exchange.inbox;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.exchange.PackageError;

/**
 * The pipeline's own rule pack: the checks it runs before any handler (container, signature,
 * trust, account, payload kind, batch id). Its digest is written as {@code RulePackSha256} on
 * receipts refused before a handler judged the package; it changes when a rule is added.
 */
final class PipelineRules {

    static final String VERSION = "pilot-inbox-rules/1";

    static final String SHA256 = Sha256.of(VERSION + "\n" + Stream.concat(
            Arrays.stream(PackageError.values()), Arrays.stream(InboxError.values()))
            .map(ErrorId::id).sorted().collect(Collectors.joining("\n")));

    private PipelineRules() {
    }
}
