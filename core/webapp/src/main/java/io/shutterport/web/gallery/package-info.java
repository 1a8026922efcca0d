/** Thumbnails and original downloads. */
package io.shutterport.web.gallery;
