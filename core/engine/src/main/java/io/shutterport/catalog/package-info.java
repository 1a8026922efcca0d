/** Photographer profiles, their service areas and plans; search by category and area. */
package io.shutterport.catalog;
