package cn.sh.pilot.exchange.inbox;

import cn.sh.pilot.exchange.Words;

/**
 * One line of a package's judgement, for the inbox's detail view: the verifier's checks
 * (container, signature, certificate …) and the pipeline's own (stored, account, payload kind,
 * schema, batch id, business rules).
 *
 * @param name    stable kebab-case name, e.g. {@code stored}, {@code entry-digest}, {@code payload-schema}
 * @param title   what the check is, in Chinese and English
 * @param subject what it was about (an entry, the account …), or null
 * @param passed  whether it passed
 * @param finding what was found, in plain words
 * @param errorId the refusal's error id when it failed, else null
 */
public record InboxCheck(String name, Words title, String subject, boolean passed, Words finding, String errorId) {
}
