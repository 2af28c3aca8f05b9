package cn.sh.pilot.contracts.error;

/**
 * A stable, machine-readable error identifier with a Chinese and an English message.
 *
 * <p>Each module keeps its refusals in an enum that implements this interface. The {@link #id()}
 * is kebab-case and never changes once published: receipts, logs, sample file names and tests
 * refer to it. Messages say what went wrong and what to do next.
 */
public interface ErrorId {

    /** The stable kebab-case id, e.g. {@code zip-path-traversal}. */
    String id();

    /** The message in Chinese, for officials. */
    String zh();

    /** The message in English. */
    String en();

    /** Both messages, Chinese first, for logs and the command line. */
    default String bilingual() {
        return zh() + " / " + en();
    }

    /** The constant of the error enum {@code type} whose {@link #id()} is {@code id}, for ids carried as text. */
    static <E extends Enum<E> & ErrorId> E byId(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " with id " + id);
    }
}
