package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes receipts (回执), validating every time. */
public final class ReceiptMarshaller extends ContractMarshaller<Receipt> {

    public ReceiptMarshaller() {
        super(ContractDocument.RECEIPT, Receipt.class);
    }
}
