/** Family and newborn shoots; a newborn shoot falls inside its window from the birth date. */
package io.shutterport.plugin.category.family;
