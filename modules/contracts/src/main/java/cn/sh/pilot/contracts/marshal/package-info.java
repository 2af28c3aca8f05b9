/**
 * Validating readers and writers of the exchanged documents: one marshaller per root element
 * sharing {@link cn.sh.pilot.contracts.marshal.ContractMarshaller}, and a streaming reader for
 * large recommendation batches. Every read and write is validated; refusals carry
 * {@link cn.sh.pilot.contracts.schema.SchemaError} ids.
 */
package cn.sh.pilot.contracts.marshal;
