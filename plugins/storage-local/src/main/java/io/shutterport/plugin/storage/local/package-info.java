/**
 * Filesystem storage: the embedded default. Objects live under {@code <root>/<tenant>/objects},
 * their checksum and type beside them under {@code <root>/<tenant>/meta}. Writes go to a temporary
 * file, are forced to disk and then moved into place atomically, so a crash never leaves a
 * half-written object under its key.
 */
package io.shutterport.plugin.storage.local;
