package cn.sh.pilot.exchange.receipt;

/** A receipt's overall verdict, as the receipt schema names it. */
public enum ReceiptVerdict {
    /** The whole package was imported. */
    ACCEPTED,
    /** Nothing was imported; the reasons say why. */
    REFUSED,
    /** The same bytes were imported before; nothing changed. */
    DUPLICATE,
    /** The batch id was already imported with other content; refused. */
    CONFLICT
}
