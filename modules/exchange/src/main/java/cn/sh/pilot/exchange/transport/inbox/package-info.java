/**
 * Watches the inbox folders (the SFTP endpoint's {@code sites/<code>/inbox} and the drop folder
 * {@code dropbox/<code>/inbox}) and hands each complete file ({@code *.zip}, never a temporary
 * name) once to the import pipeline, with the recommender code it came from.
 */
package cn.sh.pilot.exchange.transport.inbox;
