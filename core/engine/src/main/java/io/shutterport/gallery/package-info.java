/**
 * Photos: originals stored byte-for-byte with their SHA-256 through the tenant's storage plugin,
 * thumbnails made by durable jobs, downloads only for the booking's parties.
 */
package io.shutterport.gallery;
