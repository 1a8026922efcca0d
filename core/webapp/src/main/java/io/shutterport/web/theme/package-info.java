/**
 * Themes: resource-only jars under {@code META-INF/shutterport/themes/<id>/} with {@code
 * theme.properties}, CSS, images and message overrides. Served at {@code /theme/<id>/<file>}.
 */
package io.shutterport.web.theme;
