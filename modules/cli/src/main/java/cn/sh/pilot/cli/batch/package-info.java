/**
 * {@code pilot batch …}: a recommender without a site builds its batch from application files and an opinions file
 * (intake's eligibility rules, review's batch assembly and mapper), signs it ({@code package sign}) and sends it over
 * SFTP; a small local state file keeps the chain of delivered batches.
 */
package cn.sh.pilot.cli.batch;
