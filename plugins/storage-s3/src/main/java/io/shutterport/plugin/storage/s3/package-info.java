/**
 * Amazon S3 and S3-compatible stores through AWS SDK v2. One bucket per deployment, one key prefix
 * per tenant. Uploads are spooled to a temporary file and checked against their declared length and
 * SHA-256 before anything reaches the bucket, so a bad upload stores nothing.
 */
package io.shutterport.plugin.storage.s3;
